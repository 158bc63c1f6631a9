struct Noisy(&'static str);

impl Drop for Noisy {
    fn drop(&mut self) {
        println!("drop {}", self.0);
    }
}

fn make(ok: bool) -> Option<Noisy> {
    if ok { Some(Noisy("made")) } else { None }
}

fn main() {
    match make(true) {
        Some(ref n) => println!("borrowing {}", n.0),
        None => println!("none"),
    }
    println!("after first match");
    let len = match make(true) {
        Some(n) => {
            println!("moved {}", n.0);
            n.0.len()
        }
        None => 0,
    };
    println!("len {len}");
    let mut count = 0;
    loop {
        match make(count < 2) {
            Some(_) => count += 1,
            None => break,
        }
    }
    println!("count {count}");
}
