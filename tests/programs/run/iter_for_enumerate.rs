fn main() {
    let v = vec![10, 20, 30];
    for (i, x) in v.iter().enumerate() {
        println!("{i}: {x}");
    }
    for x in (0..5).rev() {
        print!("{x}");
    }
    println!();
}
