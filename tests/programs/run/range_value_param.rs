use std::ops::Range;

fn width(r: Range<usize>) -> usize {
    r.end - r.start
}

fn total(r: std::ops::Range<u64>) -> u64 {
    let mut sum = 0;
    for i in r {
        sum += i;
    }
    sum
}

fn main() {
    println!("{}", width(2..7));
    let n = 10;
    println!("{}", total(0..n));
    let r = 3..5;
    println!("{}", width(r));
}
