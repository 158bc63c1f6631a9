struct Library {
    books: Vec<String>,
}

impl Library {
    fn first(&self) -> &String {
        &self.books[0]
    }

    fn add(&mut self, title: &str) {
        self.books.push(String::from(title));
    }
}

fn main() {
    let mut lib = Library { books: vec![String::from("Dune")] };
    let f = lib.first();
    println!("first: {f}");
    lib.add("Emma");
    println!("{}", lib.books.len());
}
