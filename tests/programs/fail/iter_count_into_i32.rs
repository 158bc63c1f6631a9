fn main() {
    let v = vec![1, 2, 3];
    let n: i32 = v.iter().count(); //~ ERROR E0308
    println!("{n}");
}
