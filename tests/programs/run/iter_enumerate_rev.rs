fn main() {
    let v = vec!['a', 'b', 'c'];
    for (i, c) in v.iter().enumerate().rev() {
        println!("{i} {c}");
    }
    let squares: Vec<(usize, i32)> = v.iter().map(|c| *c as i32).enumerate().rev().collect();
    println!("{:?}", squares);
    for (i, b) in "hey".bytes().enumerate().rev().filter(|(i, _)| *i != 1) {
        println!("{i} {b}");
    }
    let n: usize = 5;
    for (i, x) in (0..n).enumerate().rev().skip(1) {
        print!("{i}:{x} ");
    }
    println!();
    let again: Vec<(usize, &char)> = v.iter().enumerate().rev().rev().collect();
    println!("{:?}", again);
    let from_back: Vec<(usize, &char)> = v.iter().rev().enumerate().rev().collect();
    println!("{:?}", from_back);
    let last_even = v.iter().enumerate().rev().find(|(i, _)| i % 2 == 0);
    println!("{:?}", last_even);
}
