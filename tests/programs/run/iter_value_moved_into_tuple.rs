fn main() {
    let v = vec!['x', 'y', 'z'];
    let it = v.iter();
    let mut moved = it;
    moved.next();
    let pair = (moved, 1);
    println!("{:?}", pair);
}
