fn shout(text: String) -> String {
    text.to_uppercase()
}

fn apply(f: fn(i32) -> i32, x: i32) -> i32 {
    f(x)
}

fn main() {
    println!("{}", apply(shout, 4)); //~ ERROR E0308
}
