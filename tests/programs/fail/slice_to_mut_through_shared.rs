fn zero(values: &mut [i32]) {
    values[0] = 0;
}

fn main() {
    let v = vec![1, 2];
    zero(&mut v[..]); //~ ERROR E0596
    println!("{:?}", v);
}
