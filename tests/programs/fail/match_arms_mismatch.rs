fn main() {
    let n = 3;
    let text = match n {
        0 => "zero",
        _ => 1, //~ ERROR E0308
    };
    println!("{text}");
}
