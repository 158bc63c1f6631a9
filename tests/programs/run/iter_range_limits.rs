fn main() {
    for x in (i32::MAX - 2)..=i32::MAX {
        println!("{x}");
    }
    for x in (i8::MIN..=i8::MIN + 2).rev() {
        println!("{x}");
    }
    println!("{}", (0..0).rev().count());
    println!("{:?}", (5..=5).rev().collect::<Vec<i32>>());
    let n: u64 = (u64::MAX - 3..=u64::MAX).map(|x| x % 10).sum();
    println!("{n}");
    let c = (250u8..=255).count();
    println!("{c}");
}
