struct Noisy(&'static str);

impl Drop for Noisy {
    fn drop(&mut self) {
        println!("drop {}", self.0);
    }
}

fn make(name: &'static str, some: bool) -> Option<Noisy> {
    if some { Some(Noisy(name)) } else { None }
}

fn main() {
    if let Some(n) = make("bound", true) {
        println!("then: {}", n.0);
    } else {
        println!("else");
    }
    println!("--");
    if let Some(ref n) = make("borrowed", true) {
        println!("then: {}", n.0);
    }
    println!("--");
    if let Some(_) = make("ignored", true) {
        println!("matched without binding");
    }
    println!("--");
    let _keep = Noisy("keep");
    if let Some(n) = make("none", false) {
        println!("never {}", n.0);
    } else {
        println!("else branch");
    }
    println!("end");
}
