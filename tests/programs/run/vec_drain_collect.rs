// `drain(a..b)` moves a range out; the rest of the vector moves down and
// keeps its capacity.
fn main() {
    let mut v = vec![1, 2, 3, 4, 5];
    let taken: Vec<i32> = v.drain(1..3).collect();
    println!("{:?} {} / {:?} {}", taken, taken.capacity(), v, v.capacity());
    let mut words = vec![String::from("a"), String::from("b"), String::from("c")];
    let first_two: Vec<String> = words.drain(..2).collect();
    println!("{:?} {:?}", first_two, words);
    let mut w = vec![1, 2, 3, 4];
    let total: i32 = w.drain(1..w.len()).sum();
    println!("{} {:?}", total, w);
    let mut all = vec![7, 8, 9];
    let doubled: Vec<i32> = all.drain(..).map(|x| x * 2).collect();
    println!("{:?} {:?} {}", doubled, all, all.capacity());
}
