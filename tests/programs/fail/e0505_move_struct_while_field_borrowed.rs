struct Book {
    title: String,
    pages: u32,
}

fn main() {
    let b = Book { title: String::from("Rust"), pages: 500 };
    let title = &b.title;
    let moved = b; //~ ERROR E0505
    println!("{title} {}", moved.pages);
}
