fn show(x: &i32) {
    println!("item {}", x);
}

fn main() {
    let v = vec![10, 20, 30];
    v.iter().for_each(show);
    println!("{:?}", v);
}
