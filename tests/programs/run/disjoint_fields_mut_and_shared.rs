struct Pair {
    left: String,
    right: String,
}

fn main() {
    let mut p = Pair { left: String::from("l"), right: String::from("r") };
    let a = &mut p.left;
    let b = &p.right;
    a.push_str(b);
    println!("{} {}", p.left, p.right);
}
