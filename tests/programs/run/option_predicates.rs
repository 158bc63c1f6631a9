// The predicates that look inside an option or a result.
fn main() {
    let n = Some(3);
    let empty: Option<i32> = None;
    println!("{} {}", n.is_some_and(|v| v > 2), empty.is_some_and(|v| v > 2));
    println!("{} {}", n.is_none_or(|v| v > 5), empty.is_none_or(|v| v > 5));
    let ok: Result<i32, String> = Ok(4);
    let err: Result<i32, String> = Err(String::from("no"));
    println!("{} {}", ok.is_ok_and(|v| v % 2 == 0), err.is_ok_and(|v| v % 2 == 0));
    let typed = None::<u8>;
    let result = Ok::<i32, String>(7);
    println!("{:?} {:?}", typed, result);
}
