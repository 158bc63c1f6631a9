fn main() {
    let statements = "let a = 1;let b = 2;";
    for s in statements.split_terminator(';') {
        println!("<{s}>");
    }
    println!("{:?}", "a,b,".split(',').collect::<Vec<_>>());
    println!("{:?}", "a,b,".split_terminator(',').collect::<Vec<_>>());
    println!("{:?}", "a,,".split_terminator(',').collect::<Vec<_>>());
    println!("{:?}", "".split_terminator(',').collect::<Vec<&str>>());
    println!("{:?}", ",".split_terminator(",").collect::<Vec<&str>>());
    let lines: Vec<&str> = "x\ny\n".split_terminator('\n').collect();
    println!("{:?} {}", lines, lines.capacity());
    println!("{}", "1;2;3;".split_terminator(';').map(|n| n.parse::<u32>().unwrap()).sum::<u32>());
}
