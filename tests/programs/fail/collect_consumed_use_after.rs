fn main() {
    let v = vec![String::from("a"), String::from("b")];
    let w: Vec<String> = v.into_iter().map(|s| s + "!").collect();
    println!("{:?} {:?}", w, v); //~ ERROR E0382
}
