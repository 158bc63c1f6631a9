fn main() {
    let temps = vec![12, 15, 21, 19, 25];
    let first_hot = temps.iter().enumerate().find(|(_, t)| **t > 20);
    println!("{:?}", first_hot);
    if let Some((day, t)) = temps.iter().enumerate().find(|(_, t)| **t > 24) {
        println!("day {day} reached {t}");
    }
    let evens: Vec<(usize, &i32)> = temps.iter().enumerate().filter(|(i, _)| i % 2 == 0).collect();
    println!("{:?}", evens);
    let weighted: usize = temps.iter().enumerate().map(|(i, t)| i * (*t as usize)).sum();
    println!("{weighted}");
}
