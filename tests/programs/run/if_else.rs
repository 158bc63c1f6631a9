fn main() {
    let n = 7;
    let kind = if n % 2 == 0 { "even" } else { "odd" };
    println!("{n} is {kind}");
    let s = String::from("maybe");
    let t;
    if n > 5 && kind.len() == 3 || false {
        t = s;
    } else {
        t = String::from("other");
    }
    println!("{t}");
}
