use std::mem::{align_of, size_of, size_of_val};

struct S1 {
    a: u8,
    b: u16,
    c: u8,
}

#[derive(Debug)]
struct Pair(u32, u64);

fn main() {
    println!("S1: size {}, align {}", size_of::<S1>(), align_of::<S1>());
    println!("Pair: size {}, b at {}", size_of::<Pair>(), std::mem::offset_of!(Pair, 1));
    println!("S1.b at {}, S1.c at {}", std::mem::offset_of!(S1, b), std::mem::offset_of!(S1, c));
    println!("{} {} {}", size_of::<String>(), size_of::<Vec<u8>>(), size_of::<Box<u8>>());
    println!("{} {} {}", size_of::<&str>(), size_of::<(u8, u32, u16)>(), size_of::<char>());
    let s = String::from("hello");
    let t = (1u8, 2u64);
    println!("{} {} {}", size_of_val(&s), size_of_val("four"), size_of_val(&t));
    let v = S1 { a: 1, b: 2, c: 3 };
    println!("{} {} {}", v.a, v.b, v.c);
}
