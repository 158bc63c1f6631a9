fn call<F: FnMut()>(mut f: F) {
    f();
}

fn main() {
    let mut log = String::new();
    let add = |s: &str| log.push_str(s);
    let view = &log;
    call(|| log.push('!')); //~ ERROR E0502
    println!("{}", view);
}
