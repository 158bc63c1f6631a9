struct Pair {
    left: String,
    right: String,
}

fn main() {
    let mut p = Pair { left: String::from("l"), right: String::from("r") };
    let a = &mut p.left;
    let b = &mut p.left; //~ ERROR E0499
    a.push('1');
    b.push('2');
    println!("{} {}", p.left, p.right);
}
