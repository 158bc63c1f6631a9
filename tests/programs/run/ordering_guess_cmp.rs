use std::cmp::Ordering;

fn verdict(guess: u32, secret: u32) -> &'static str {
    match guess.cmp(&secret) {
        Ordering::Less => "Too small!",
        Ordering::Greater => "Too big!",
        Ordering::Equal => "You win!",
    }
}

fn main() {
    let secret = 42;
    for guess in [10, 99, 42] {
        println!("{guess}: {}", verdict(guess, secret));
    }
    let order = 3.cmp(&7);
    println!("{:?} {:?}", order, 7.cmp(&7));
    println!("{}", order == Ordering::Less);
    println!("{} {}", std::mem::size_of::<Ordering>(), Ordering::Greater as i8);
}
