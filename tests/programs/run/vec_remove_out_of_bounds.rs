fn main() {
    let mut v = vec![String::from("a"), String::from("b")];
    let s = v.remove(1);
    println!("{} {:?}", s, v);
    let index = v.len() + 1;
    let t = v.remove(index);
    println!("unreachable {}", t);
}
