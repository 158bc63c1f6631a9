struct Player {
    name: String,
    score: u32,
}

impl Player {
    fn add_point(&mut self) {
        self.score += 1;
    }
}

fn main() {
    let mut p = Player { name: String::from("Kim"), score: 0 };
    let name = &p.name;
    p.add_point(); //~ ERROR E0502
    println!("{name}: {}", p.score);
}
