trait Resource {
    fn name(&self) -> String;
}

struct File {
    path: String,
}

impl Resource for File {
    fn name(&self) -> String {
        self.path.clone()
    }
}

impl Drop for File {
    fn drop(&mut self) {
        println!("closing {}", self.path);
    }
}

fn open(path: &str) -> impl Resource {
    println!("opening {}", path);
    File { path: path.to_string() }
}

fn main() {
    let first = open("a.txt");
    {
        let second = open("b.txt");
        println!("using {} and {}", first.name(), second.name());
    }
    let moved = first;
    println!("still have {}", moved.name());
}
