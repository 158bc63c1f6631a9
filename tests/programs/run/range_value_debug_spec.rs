fn main() {
    let r = -2..15i64;
    println!("[{:?}]", r);
    println!("[{:>4?}]", r);
    println!("[{:#?}]", r);
    println!("[{:03?}]", r);
    let e = 0..0;
    println!("{:?}", e);
}
