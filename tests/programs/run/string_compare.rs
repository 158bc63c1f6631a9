fn main() {
    let a = String::from("apple");
    let b = String::from("banana");
    let c: &str = "apple";
    println!("{} {} {}", a == b, a == c, c == a);
    println!("{} {}", a < b, "x" > "abc");
    println!("{} {}", a != "pear", &a == &b);
    let r = &a;
    println!("{}", r == "apple");
    println!("{}", a.to_uppercase() == "APPLE");
    println!("{} {}", a, b);
    let words = vec!["beta", "alpha"];
    if words[0] > words[1] {
        println!("out of order");
    }
}
