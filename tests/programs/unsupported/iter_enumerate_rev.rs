fn main() {
    let v = vec!['a', 'b', 'c'];
    for (i, c) in v.iter().enumerate().rev() { //~ UNSUPPORTED
        println!("{i} {c}");
    }
}
