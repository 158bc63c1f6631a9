#[derive(Debug)]
struct Stats {
    hp: u32,
    level: u32,
}

fn main() {
    let s = Stats { hp: 30, level: 2 };
    let view = &s;
    let hp = view.hp;
    let doubled = s.level * 2;
    println!("{hp} {doubled} {:?}", view);
}
