fn grade(score: u32) -> char {
    if (90..=100).contains(&score) {
        'A'
    } else if (75..90).contains(&score) {
        'B'
    } else if (0..75).contains(&score) {
        'C'
    } else {
        '?'
    }
}

fn main() {
    for score in [100, 90, 89, 75, 74, 0, 101] {
        print!("{}", grade(score));
    }
    println!();
    let temperature = -3.5;
    println!("{} {}", (-10.0..0.0).contains(&temperature), (0.0..).contains(&temperature));
    let letter = 'q';
    println!("{} {}", ('a'..='z').contains(&letter), ('A'..='Z').contains(&letter));
    let limit = 10;
    let values = vec![3, 10, 12];
    for v in &values {
        println!("{v}: {} {}", (..limit).contains(v), (..=limit).contains(v));
    }
}
