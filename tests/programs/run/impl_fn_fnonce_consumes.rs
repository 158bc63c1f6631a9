fn farewell(name: String) -> impl FnOnce() -> String {
    move || {
        let mut s = name;
        s.push_str(", bye");
        s
    }
}

fn main() {
    let f = farewell(String::from("Ann"));
    println!("before");
    let s = f();
    println!("{s} ({})", s.len());
}
