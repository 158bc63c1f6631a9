fn show(x: i32) {
    println!("{}", x);
}

fn main() {
    let v = vec![1, 2, 3];
    v.iter().for_each(show); //~ ERROR E0631
}
