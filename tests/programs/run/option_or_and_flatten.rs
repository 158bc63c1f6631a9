#[derive(Debug)]
struct Noisy(&'static str);

impl Drop for Noisy {
    fn drop(&mut self) {
        println!("drop {}", self.0);
    }
}

fn lookup(key: &str) -> Option<i32> {
    match key {
        "one" => Some(1),
        "two" => Some(2),
        _ => None,
    }
}

fn main() {
    println!("{:?} {:?}", lookup("one").or(Some(0)), lookup("six").or(Some(0)));
    println!("{:?} {:?}", lookup("two").and(Some("yes")), lookup("nine").and(Some("yes")));
    let nested = Some(Some(5));
    let missing: Option<Option<i32>> = Some(None);
    let none: Option<Option<i32>> = None;
    println!("{:?} {:?} {:?}", nested.flatten(), missing.flatten(), none.flatten());
    let first = Some(Noisy("first"));
    let kept = first.or(Some(Noisy("fallback")));
    println!("kept {:?}", kept);
    let replaced = Some(Noisy("old")).and(Some(Noisy("new")));
    println!("replaced {:?}", replaced);
    let parsed: Result<i32, String> = Err(String::from("bad"));
    let recovered: Result<i32, u8> = parsed.or(Ok(7));
    println!("{:?}", recovered);
    let ok: Result<i32, String> = Ok(1);
    let chained: Result<&str, String> = ok.and(Ok("next"));
    println!("{:?}", chained);
    let failed: Result<i32, String> = Err(String::from("stop"));
    println!("{:?}", failed.and(Ok::<&str, String>("next")));
}
