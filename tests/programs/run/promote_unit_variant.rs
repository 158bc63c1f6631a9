#[derive(Debug)]
enum Color {
    Red,
    Green,
}

fn favourite(red: bool) -> &'static Color {
    if red { &Color::Red } else { &Color::Green }
}

fn main() {
    println!("{:?} {:?}", favourite(true), favourite(false));
}
