use std::fmt;

struct Celsius(f64);

impl fmt::Display for Celsius {
    fn fmt(&self, f: &mut fmt::Formatter) -> fmt::Result {
        write!(f, "{:.1}°C", self.0)
    }
}

fn show_all(items: &Vec<Box<dyn fmt::Display>>) {
    for item in items {
        println!("<{}>", item);
    }
}

fn main() {
    let items: Vec<Box<dyn fmt::Display>> = vec![
        Box::new(42),
        Box::new(String::from("hello")),
        Box::new(Celsius(21.456)),
        Box::new('z'),
        Box::new(2.5),
    ];
    show_all(&items);
    let r: &dyn fmt::Display = &Celsius(-3.0);
    println!("{} {}", r, r.to_string().len());
    let d: &dyn fmt::Debug = &vec![1, 2];
    println!("{:?}", d);
}
