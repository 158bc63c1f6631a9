struct Book {
    isbn: u64,
    title: String,
}

impl PartialEq for Book {
    fn eq(&self, other: &Self) -> bool {
        self.isbn == other.isbn
    }
}

#[derive(PartialEq, Debug)]
struct Shelf {
    label: char,
    count: u32,
}

fn main() {
    let a = Book { isbn: 978, title: String::from("Rust") };
    let b = Book { isbn: 978, title: String::from("The Rust Programming Language") };
    let c = Book { isbn: 123, title: String::from("Rust") };
    println!("{} {} {}", a == b, a == c, b != c);
    println!("{} {}", a.title, b.title.len());
    let s1 = Shelf { label: 'A', count: 3 };
    let s2 = Shelf { label: 'A', count: 4 };
    println!("{} {}", s1 == s2, s1 != s2);
    assert_eq!(s1, Shelf { label: 'A', count: 3 });
    println!("{:?}", s2);
}
