fn main() {
    let poem = "Roses are red\nViolets are blue\n\nRust is fast\n";
    let mut words = 0;
    for line in poem.lines() {
        let count = line.split_whitespace().count();
        words += count;
        println!("{count} words: {line}");
    }
    println!("total {words}");
    let lengths: Vec<usize> = poem.lines().map(|l| l.len()).collect();
    println!("{:?} capacity {}", lengths, lengths.capacity());
    let non_empty = poem.lines().filter(|l| !l.is_empty()).count();
    println!("{non_empty}");
}
