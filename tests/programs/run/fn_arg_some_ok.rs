fn main() {
    let v = vec![1, 2, 3];
    let options: Vec<Option<i32>> = v.iter().copied().map(Some).collect();
    let results: Vec<Result<i32, String>> = v.iter().copied().map(Ok).collect();
    let nested = Some(4).map(Some);
    println!("{:?} {:?} {:?}", options, results, nested);
}
