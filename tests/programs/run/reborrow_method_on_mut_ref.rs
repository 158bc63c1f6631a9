struct Player {
    score: u32,
}

impl Player {
    fn bump(&mut self) {
        self.score += 1;
    }
}

fn main() {
    let mut p = Player { score: 0 };
    let r = &mut p;
    r.bump();
    r.bump();
    r.score += 10;
    println!("{}", p.score);
}
