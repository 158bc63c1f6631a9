fn unboxed(seed: &i32) -> &i32 {
    let b = Box::new(*seed + 1);
    &*b //~ ERROR E0515
}

fn main() {
    println!("{}", unboxed(&1));
}
