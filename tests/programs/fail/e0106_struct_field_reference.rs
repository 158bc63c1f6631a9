struct Excerpt {
    part: &str, //~ ERROR E0106
}

fn main() {
    let e = Excerpt { part: "call me" };
    println!("{}", e.part);
}
