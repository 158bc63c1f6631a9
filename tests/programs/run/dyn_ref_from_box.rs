trait Greet {
    fn hello(&self) -> String;
}

struct En;
struct De {
    formal: bool,
}

impl Greet for En {
    fn hello(&self) -> String {
        String::from("Hello")
    }
}

impl Greet for De {
    fn hello(&self) -> String {
        if self.formal { String::from("Guten Tag") } else { String::from("Hallo") }
    }
}

fn twice(g: &dyn Greet) -> String {
    format!("{0} {0}", g.hello())
}

fn main() {
    let greeters: Vec<Box<dyn Greet>> = vec![Box::new(De { formal: true }), Box::new(De { formal: false })];
    for g in &greeters {
        println!("{}", twice(&**g));
    }
    let en = En;
    let r: &dyn Greet = &en;
    let again = r;
    println!("{} {}", twice(r), again.hello());
}
