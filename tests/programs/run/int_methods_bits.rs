// Counting and moving bits.
fn main() {
    let x: u16 = 0b0000_0101_1000_0000;
    println!("count_ones {} count_zeros {}", x.count_ones(), x.count_zeros());
    println!("leading_zeros {} trailing_zeros {}", x.leading_zeros(), x.trailing_zeros());
    println!("leading_ones {} trailing_ones {}", (!x).leading_ones(), 7u8.trailing_ones());
    println!("rotate_left {:#018b}", x.rotate_left(10));
    println!("rotate_right {:#018b}", x.rotate_right(10));
    println!("swap_bytes {:#06x}", 0x1234u16.swap_bytes());
    println!("reverse_bits {:#010b}", 0b0000_0001u8.reverse_bits());
    let n: i32 = -1;
    println!("{} {} {}", n.count_ones(), n.leading_zeros(), 0i32.trailing_zeros());
    println!("{} {}", i64::MIN.trailing_zeros(), 1u128.leading_zeros());
    for v in 0..10u32 {
        println!("{:>2}: power of two {:>5}, next {:>2}", v, v.is_power_of_two(), v.next_power_of_two());
    }
    println!("{:#x}", 0x12345678u32.swap_bytes());
    println!("{}", (-2i8).rotate_left(1));
}
