struct Guard {
    name: String,
}

impl Drop for Guard {
    fn drop(&mut self) {
        println!("drop {}", self.name);
    }
}

fn main() {
    let g = Guard { name: String::from("g") };
    let n = g.name; //~ ERROR E0509
    println!("{n}");
}
