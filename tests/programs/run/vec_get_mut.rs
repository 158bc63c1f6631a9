fn bump_first(v: &mut Vec<i32>) -> bool {
    match v.first_mut() {
        Some(first) => {
            *first += 100;
            true
        }
        None => false,
    }
}

fn main() {
    let mut scores = vec![10, 20, 30];
    if let Some(s) = scores.get_mut(1) {
        *s *= 2;
    }
    println!("{:?}", scores.get_mut(7));
    println!("{:?}", scores);
    if let Some(last) = scores.last_mut() {
        *last = 0;
    }
    println!("{} {:?}", bump_first(&mut scores), scores);
    let mut empty: Vec<i32> = Vec::new();
    println!("{}", bump_first(&mut empty));
    println!("{:?}", empty.last_mut());
    println!("{:?}", empty.first_mut());
    let mut names = vec![String::from("ada")];
    if let Some(name) = names.get_mut(0) {
        name.push_str(" lovelace");
    }
    println!("{:?}", names);
}
