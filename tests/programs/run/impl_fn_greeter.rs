fn greeter(name: String) -> impl Fn() -> String {
    move || format!("hi {name}")
}

fn main() {
    let g = greeter(String::from("ann"));
    println!("{}", g());
    println!("{}", g());
    println!("{}", std::mem::size_of_val(&g));
    drop(g);
    println!("end");
}
