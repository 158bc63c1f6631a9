use std::cmp::Ordering;

fn by_len(a: &&str, b: &&str) -> Ordering {
    a.len().cmp(&b.len())
}

fn keep(x: &i32) -> bool {
    *x > 1
}

fn main() {
    let mut words = vec!["ccc", "a", "bb"];
    words.sort_by(by_len);
    let mut v = vec![1, 2, 3, 0, 5];
    v.retain(keep);
    println!("{:?} {:?}", words, v);
}
