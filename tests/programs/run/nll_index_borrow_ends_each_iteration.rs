fn main() {
    let mut data = vec![1, 2, 3];
    let mut total = 0;
    for i in 0..data.len() {
        let x = &mut data[i];
        *x *= 2;
        total += data[i];
    }
    println!("{total} {:?}", data);
}
