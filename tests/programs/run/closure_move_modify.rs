fn main() {
    let mut count = 0;
    let mut tick = move || {
        count += 1;
        count
    };
    println!("{}", tick());
    println!("{}", tick());
    println!("{}", count);
}
