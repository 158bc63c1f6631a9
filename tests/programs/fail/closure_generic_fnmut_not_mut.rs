fn call_twice<F: FnMut()>(f: F) { //~ ERROR E0596
    f();
    f();
}

fn main() {
    let mut count = 0;
    call_twice(|| count += 1);
    println!("{}", count);
}
