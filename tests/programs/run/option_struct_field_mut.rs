#[derive(Debug)]
struct Player {
    name: String,
    weapon: Option<String>,
    score: Option<u32>,
}

impl Player {
    fn add_points(&mut self, n: u32) {
        if let Some(score) = self.score.as_mut() {
            *score += n;
        } else {
            self.score = Some(n);
        }
    }

    fn upgrade(&mut self) {
        match &mut self.weapon {
            Some(w) => w.push_str("+1"),
            None => self.weapon = Some(String::from("stick")),
        }
    }
}

fn main() {
    let mut p = Player { name: String::from("Zed"), weapon: None, score: None };
    p.add_points(5);
    p.add_points(7);
    p.upgrade();
    p.upgrade();
    println!("{:#?}", p);
    let dropped = p.weapon.take();
    println!("{:?} {:?} {}", dropped, p.weapon, p.name);
}
