fn main() {
    let heading = "### Title ###";
    let inner = heading.trim_start_matches('#').trim_end_matches("#");
    println!("[{}]", inner);
    println!("[{}]", inner.trim());
    let zeros = String::from("000120");
    println!("{}", zeros.trim_start_matches('0'));
    println!("{}", "ababxab".trim_start_matches("ab"));
    println!("{}", "xx".trim_end_matches('x').len());
}
