fn both<T>(v: &mut Vec<T>) -> usize {
    let a = &mut *v;
    let b = &mut *v; //~ ERROR E0499
    a.len() + b.len()
}

fn main() {
    let mut v = vec![1, 2];
    println!("{}", both(&mut v));
}
