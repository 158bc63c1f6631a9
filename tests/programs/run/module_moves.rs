// Ownership through a module's functions: moves and borrows as usual.
mod library {
    pub struct Book {
        pub title: String,
    }
    pub fn title_len(book: &Book) -> usize {
        book.title.len()
    }
    pub fn consume(book: Book) -> String {
        book.title
    }
}
use library::Book;
fn main() {
    let book = Book { title: String::from("Rust") };
    println!("{}", library::title_len(&book));
    let title = library::consume(book);
    println!("{title}");
}
