struct Shelf<'a> {
    books: Vec<&'a String>,
}

impl<'a> Shelf<'a> {
    fn add(&mut self, book: &'a String) {
        self.books.push(book);
    }
}

fn main() {
    let dune = String::from("Dune");
    let mut shelf = Shelf { books: vec![&dune] };
    {
        let emma = String::from("Emma");
        shelf.add(&emma); //~ ERROR E0597
    }
    println!("{}", shelf.books.len());
}
