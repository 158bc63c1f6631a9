// A range past the end panics with std's message, before anything moves.
fn main() {
    let mut v = vec![1, 2, 3];
    let end = v.len() + 1;
    let ok: Vec<i32> = v.drain(..3).collect();
    println!("{:?}", ok);
    v.push(4);
    let bad: Vec<i32> = v.drain(..end).collect();
    println!("{:?}", bad);
}
