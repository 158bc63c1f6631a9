struct Names {
    left: Vec<String>,
}

impl Iterator for Names {
    type Item = String;

    fn next(&mut self) -> Option<String> {
        self.left.pop()
    }
}

fn consume(s: String) -> usize {
    s.len()
}

fn main() {
    let names = Names { left: vec![String::from("a")] };
    for name in names {
        consume(name);
        println!("{}", name); //~ ERROR E0382
    }
}
