fn main() {
    let n: i128 = 5;
    match n { //~ ERROR E0004
        i128::MIN..=0 => println!("low"),
        2..=i128::MAX => println!("high"),
    }
}
