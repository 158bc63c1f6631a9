#[derive(Debug, Clone)]
enum Package {
    Letter(String),
    Parcel { contents: String, weight: u32 },
    Empty,
}

impl Package {
    fn open(self) -> String {
        match self {
            Package::Letter(text) => text,
            Package::Parcel { contents, weight } => {
                let mut s = contents;
                s.push_str(if weight > 10 { " (heavy)" } else { " (light)" });
                s
            }
            Package::Empty => String::from("nothing"),
        }
    }

    fn is_empty(&self) -> bool {
        matches!(self, Package::Empty)
    }
}

fn main() {
    let mail = vec![
        Package::Letter(String::from("hello")),
        Package::Parcel { contents: String::from("books"), weight: 12 },
        Package::Empty,
    ];
    let backup = mail.clone();
    let mut opened = Vec::new();
    let mut pile = mail;
    while let Some(p) = pile.pop() {
        println!("empty? {}", p.is_empty());
        opened.push(p.open());
    }
    println!("{:?}", opened);
    println!("{:?}", backup);
}
