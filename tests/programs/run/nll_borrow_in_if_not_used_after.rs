fn main() {
    let mut scores = vec![3, 9, 4];
    if scores.len() > 2 {
        let top = &scores[1];
        println!("top = {top}");
    }
    scores.push(10);
    println!("{:?}", scores);
}
