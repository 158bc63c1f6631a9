use std::fmt;

struct Meters(f64);

impl fmt::Debug for Meters {
    fn fmt(&self, f: &mut fmt::Formatter) -> fmt::Result {
        f.debug_tuple("Meters").field(&self.0).finish()
    }
}

struct Route {
    name: String,
    legs: Vec<Meters>,
}

impl fmt::Debug for Route {
    fn fmt(&self, f: &mut fmt::Formatter) -> fmt::Result {
        f.debug_struct("Route")
            .field("name", &self.name)
            .field("legs", &self.legs)
            .finish()
    }
}

fn main() {
    let route = Route {
        name: String::from("home"),
        legs: vec![Meters(1.5), Meters(20.0)],
    };
    println!("{:?}", route);
    println!("{:#?}", route);
    println!("{:.1?}", Meters(2.25));
}
