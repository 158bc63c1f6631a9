fn main() {
    let v = vec![1, 2, 3];
    let mut pair = (v.iter(), 0..2);
    println!("{:?} {:?}", pair.0.next(), pair.1.next());
    println!("{:?}", pair);
    let mut ranges = vec![0..2, 5..7];
    println!("{:?}", ranges[1].next());
    println!("{:?}", ranges);
    println!("{:?}", Some(v.iter()).unwrap().next());
    let mut last = ranges.pop().unwrap();
    println!("{:?} {:?}", last.next(), last);
}
