// `chunks(n)` lends the buffer `n` elements at a time; the last chunk may
// be shorter. Collecting sizes the Vec from the exact count.
fn main() {
    let v = vec![1, 2, 3, 4, 5];
    let sums: Vec<i32> = v.chunks(2).map(|c| c.iter().sum::<i32>()).collect();
    println!("{:?} capacity {}", sums, sums.capacity());
    let lens = v.chunks(3).map(|c| c.len()).collect::<Vec<_>>();
    println!("{:?}", lens);
    for (i, chunk) in v.chunks(2).enumerate().rev() {
        println!("{} {:?}", i, chunk);
    }
    let words = ["a", "b", "c", "d"];
    for pair in words.chunks(2) {
        println!("{} {:?}", pair.len(), pair.last());
    }
}
