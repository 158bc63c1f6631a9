fn greet(name: &str) -> String {
    format!("hi {name}")
}

fn main() {
    let f: fn(i32) -> i32 = greet; //~ ERROR E0308
    println!("{}", f(1));
}
