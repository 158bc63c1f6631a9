fn first<'a>(s: &'a str) -> impl Fn() -> &'a str + 'a {
    move || &s[..1] //~ UNSUPPORTED
}

fn main() {
    let f = first("hello");
    println!("{}", f());
}
