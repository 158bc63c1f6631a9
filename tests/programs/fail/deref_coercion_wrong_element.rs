fn total(v: &[i32]) -> i32 { v.iter().sum() }
fn main() {
    let b = Box::new(vec![1, 2]);
    let t = total(&b);
    drop(b);
    println!("{t}");
    let v = vec![1u8];
    let n = total(&&v); //~ ERROR E0308
    println!("{n}");
}
