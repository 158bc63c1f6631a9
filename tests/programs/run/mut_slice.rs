fn double_all(values: &mut [i64]) {
    for v in values {
        *v *= 2;
    }
}

fn zero_first(values: &mut [i64]) {
    values[0] = 0;
}

fn main() {
    let mut data = vec![1, 2, 3, 4];
    double_all(&mut data);
    println!("{:?}", data);
    double_all(&mut data[2..]);
    println!("{:?}", data);
    zero_first(&mut data[1..3]);
    println!("{:?}", data);
    let mut arr = [5, 6, 7];
    double_all(&mut arr);
    println!("{:?}", arr);
}
