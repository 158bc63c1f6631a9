struct Pair {
    a: String,
}

impl Pair {
    fn pick(first: &String, second: &String) -> &String { //~ ERROR E0106
        if first.len() > second.len() { first } else { second }
    }
}

fn main() {
    let p = Pair { a: String::from("aa") };
    let b = String::from("b");
    println!("{}", Pair::pick(&p.a, &b));
}
