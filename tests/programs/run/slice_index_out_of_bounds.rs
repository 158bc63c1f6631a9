fn show(items: &[u32]) {
    for i in 0..4 {
        println!("item {}", items[i]);
    }
}

fn main() {
    let v = vec![10, 20, 30];
    show(&v);
}
