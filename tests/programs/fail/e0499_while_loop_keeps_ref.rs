fn main() {
    let mut buffer = String::new();
    let mut parts: Vec<&mut String> = Vec::new();
    let mut i = 0;
    while i < 2 {
        parts.push(&mut buffer); //~ ERROR E0499
        i += 1;
    }
    println!("{}", parts.len());
}
