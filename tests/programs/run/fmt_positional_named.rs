// Positional, named and inline arguments.
fn main() {
    let name = "Ferris";
    let age = 8;
    println!("{0} is {1} years old. {0} likes {2}.", name, age, "rust");
    println!("{who} says {what}", who = name, what = "hello");
    println!("{name} is {age}");
    println!("{1} {0} {1}", "a", "b");
    println!("{} {x} {}", 1, 2, x = 3);
    println!("{0:?} {0} {0:>6}|", name);
    println!("{age:>5} {age:<5}| {age:^5}|");
    let pi = 3.14159;
    println!("{pi:.2} {pi:8.3} {pi:e}");
    println!("{{literal braces}} {}", "{}");
    println!("{:?} {:?}", "tab\there", 'q');
}
