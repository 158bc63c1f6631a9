#[derive(Debug)]
enum Msg {
    Text(String),
    Empty,
}

fn main() {
    let m = Msg::Text(String::from("hi"));
    if let Msg::Text(t) = m {
        println!("{t}");
    }
    match m { //~ ERROR E0382
        Msg::Text(_) => println!("text"),
        Msg::Empty => println!("empty"),
    }
}
