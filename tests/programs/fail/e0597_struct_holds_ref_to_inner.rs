struct Excerpt<'a> {
    part: &'a str,
}

fn main() {
    let e;
    {
        let novel = String::from("Call me Ishmael.");
        e = Excerpt { part: novel.as_str() }; //~ ERROR E0597
    }
    println!("{}", e.part);
}
