struct Book {
    title: String,
    author: String,
}

fn main() {
    let b = Book { title: String::from("Dune"), author: String::from("Herbert") };
    let author = &b.author;
    let title = b.title;
    println!("{title} by {author}");
}
