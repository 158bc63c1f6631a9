static ORIGIN: (i32, i32) = (0, 0);
static MAYBE: Option<u8> = Some(7);
static FLAGS: [bool; 2] = [true, false];

fn main() {
    let (x, y) = ORIGIN;
    println!("{x} {y}");
    if let Some(n) = MAYBE {
        println!("{}", n * 2);
    }
    match MAYBE {
        Some(n) if n > 5 => println!("big"),
        _ => println!("small"),
    }
    println!("{:?} {}", FLAGS, FLAGS.len());
}
