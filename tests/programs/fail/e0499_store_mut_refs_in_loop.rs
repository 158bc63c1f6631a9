fn main() {
    let mut total = 0;
    let mut handles: Vec<&mut i32> = Vec::new();
    for _ in 0..3 {
        handles.push(&mut total); //~ ERROR E0499
    }
    println!("{}", handles.len());
}
