fn greet(name: String) -> String {
    let mut greeting = String::from("hello, ");
    greeting.push_str(&name);
    greeting
}

fn main() {
    let a: String = "ada".into();
    let b = String::from("grace");
    println!("{}", greet(a));
    println!("{}", greet(b));
    println!("{}", greet("linus".into()));
    let owned: String = "x".to_owned() + "y";
    println!("{} {}", owned, owned.len());
}
