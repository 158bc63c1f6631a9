fn square(x: i32) -> i32 {
    x * x
}

fn describe(n: u64) -> &'static str {
    if n % 2 == 0 {
        return "even";
    }
    "odd"
}

fn takes_ownership(s: String) -> usize {
    let n = s.len();
    println!("took {s}");
    n
}

fn gives_back(mut s: String) -> String {
    s.push_str(" and back");
    s
}

fn factorial(n: u64) -> u64 {
    if n <= 1 { 1 } else { n * factorial(n - 1) }
}

fn add_one(counter: &mut i32) {
    *counter += 1;
}

fn length(s: &str) -> usize {
    s.len()
}

fn main() {
    println!("{} {}", square(7), describe(10));
    println!("{}", describe(7));
    let s = String::from("hello");
    let n = takes_ownership(s);
    let t = gives_back(String::from("there"));
    println!("{n} {t} {}", length(&t));
    println!("{}", factorial(20));
    let mut c = 0;
    add_one(&mut c);
    add_one(&mut c);
    println!("{c}");
}
