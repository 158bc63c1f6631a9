fn add_one(n: &mut i32) {
    *n += 1;
}

fn main() {
    let mut x = 0;
    let r = &mut x;
    add_one(r);
    add_one(r);
    println!("{x}");
}
