fn main() {
    for x in (250u8..).take(5) {
        println!("{x}");
    }
    let firsts: Vec<u32> = (1..).take(4).collect();
    println!("{:?} {}", firsts, firsts.capacity());
    for x in (253u8..).take(10) {
        println!("{x}");
    }
}
