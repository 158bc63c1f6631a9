fn show(n: i32) {
    println!("{n}");
}

fn main() {
    let mut x = 1;
    let r = &mut x;
    show(x); //~ ERROR E0503
    *r += 1;
}
