fn main() {
    let v = vec![String::from("a"), String::from("b")];
    let first = v.iter().next();
    let moved = v; //~ ERROR E0505
    println!("{:?} {:?}", first, moved);
}
