fn main() {
    let a: u8 = 200;
    let sum = a.checked_add(100);
    println!("{:?}", sum);
}
