trait Summary {
    fn summarize(&self) -> String;
}

struct Tweet {
    text: String,
}

struct Article {
    title: String,
}

impl Summary for Tweet {
    fn summarize(&self) -> String {
        self.text.clone()
    }
}

fn main() {
    let t = Tweet { text: String::from("hi") };
    let a = Article { title: String::from("news") };
    println!("{}", t.summarize());
    println!("{}", a.summarize()); //~ ERROR E0599
}
