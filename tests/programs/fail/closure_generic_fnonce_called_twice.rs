fn twice<F: FnOnce() -> i32>(f: F) -> i32 {
    f() + f() //~ ERROR E0382
}

fn main() {
    let k = 2;
    println!("{}", twice(|| k));
}
