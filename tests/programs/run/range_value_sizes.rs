use std::mem::size_of_val;

fn main() {
    let v = vec![1u8, 2, 3];
    let it = v.iter();
    let r = 0..3u64;
    let ri = 0..=3i32;
    let s = String::from("abc");
    let c = s.chars();
    let w = vec![1u16];
    let ii = w.into_iter();
    println!("{} {} {} {} {}", size_of_val(&it), size_of_val(&r), size_of_val(&ri), size_of_val(&c), size_of_val(&ii));
    println!("{}", std::mem::size_of::<std::ops::Range<u8>>());
    println!("{}", std::mem::size_of::<std::ops::RangeInclusive<u16>>());
}
