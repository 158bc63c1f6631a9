#[derive(Debug, Clone, Copy)]
enum Coin {
    Penny,
    Nickel,
    Dime,
    Quarter(u16),
}

fn value(c: Coin) -> u32 {
    match c {
        Coin::Penny => {
            println!("lucky penny");
            1
        }
        Coin::Nickel => 5,
        Coin::Dime => 10,
        Coin::Quarter(year) => {
            println!("quarter from {year}");
            25
        }
    }
}

fn main() {
    let purse = vec![Coin::Penny, Coin::Quarter(1999), Coin::Dime, Coin::Nickel];
    let mut total = 0;
    for c in &purse {
        total += value(*c);
    }
    println!("total {total}");
    let best = if let Some(Coin::Quarter(y)) = purse.get(1) { *y } else { 0 };
    println!("{best}");
    println!("{}", match purse.len() { 0 => "empty", 1..=3 => "few", _ => "many" });
    let doubled = 2 * match purse[2] { Coin::Dime => 10, _ => 0 };
    println!("{doubled}");
}
