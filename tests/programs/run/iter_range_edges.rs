fn main() {
    let all: u32 = (0..=255u8).map(|x| x as u32).sum();
    println!("{all}");
    println!("{}", (5..=1).count());
    println!("{}", (3..3).count());
    println!("{}", (-3..3).count());
    for x in (-3..3).rev() {
        print!("{x} ");
    }
    println!();
    for x in (250..=255u8).rev() {
        print!("{x} ");
    }
    println!();
    let v: Vec<i64> = (-2..=2).collect();
    println!("{:?} {}", v, v.capacity());
}
