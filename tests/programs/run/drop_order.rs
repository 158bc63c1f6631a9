struct Noisy {
    name: String,
}

impl Drop for Noisy {
    fn drop(&mut self) {
        println!("drop {}", self.name);
    }
}

struct Pair {
    first: Noisy,
    second: Noisy,
}

fn make(name: &str) -> Noisy {
    Noisy { name: String::from(name) }
}

fn consume(n: Noisy) {
    println!("consuming {}", n.name);
}

fn main() {
    let _a = make("a");
    let b = make("b");
    {
        let _inner = make("inner");
        println!("inner scope ends");
    }
    let _pair = Pair { first: make("first"), second: make("second") };
    consume(b);
    let mut reassigned = make("old");
    reassigned = make("new");
    println!("reassigned to {}", reassigned.name);
    let boxed = Box::new(make("boxed"));
    let list = vec![make("v0"), make("v1")];
    drop(boxed);
    println!("end of main {}", list.len());
}
