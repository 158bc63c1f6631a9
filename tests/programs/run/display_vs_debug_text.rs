use std::fmt;

struct Quote {
    who: &'static str,
    text: String,
}

impl fmt::Display for Quote {
    fn fmt(&self, f: &mut fmt::Formatter) -> fmt::Result {
        write!(f, "{} said: {}", self.who, self.text)
    }
}

impl fmt::Debug for Quote {
    fn fmt(&self, f: &mut fmt::Formatter) -> fmt::Result {
        write!(f, "Quote({:?}, {:?})", self.who, self.text)
    }
}

fn main() {
    let q = Quote { who: "Ada", text: String::from("\"That\" brain of mine\n") };
    print!("{}", q);
    println!("{:?}", q);
    println!("{:#?}", q);
    let quotes = vec![q, Quote { who: "Tab\there", text: String::new() }];
    println!("{:?}", quotes);
    println!("{}", quotes[1]);
}
