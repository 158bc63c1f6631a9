fn main() {
    let v = vec![1, 2, 3];
    let it = v.iter();
    let found = it.any(|&x| x == 2); //~ ERROR E0596
    println!("{found}");
}
