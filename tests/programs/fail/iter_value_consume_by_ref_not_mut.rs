fn main() {
    let v = vec![1, 2, 3];
    let it = v.iter();
    let firsts: Vec<_> = it.by_ref().take(2).collect(); //~ ERROR E0596
    println!("{firsts:?}");
}
