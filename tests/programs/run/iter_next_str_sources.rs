fn main() {
    let s = String::from("héllo world");
    println!("{:?}", s.chars().next());
    println!("{:?}", s.chars().rev().next());
    println!("{:?}", s.bytes().nth(1));
    println!("{:?}", s.char_indices().nth(2));
    println!("{:?}", "a,b,c".split(',').nth(1));
    println!("{:?}", "a,b,c".split(',').nth(3));
    let line = "   ";
    println!("[{}]", line.split_whitespace().next().unwrap_or(""));
    let cmd = "  go north  ";
    println!("[{}]", cmd.split_whitespace().next().unwrap_or(""));
    println!("{:?}", "x\ny".lines().nth(1));
    println!("{:?}", "".chars().next());
}
