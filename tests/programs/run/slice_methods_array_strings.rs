fn main() {
    let mut names = [String::from("mia"), String::from("al"), String::from("zoe")];
    let mut calls = 0;
    names.sort_by_key(|n| {
        calls += 1;
        n.len()
    });
    println!("{:?} {calls}", names);
    names.sort();
    println!("{:?} {}", names, names.concat());
    println!("{}", names.contains(&String::from("al")));
    names.swap(0, 2);
    println!("{:?} {:?}", names.first(), names.last());
    let owned = names.to_vec();
    println!("{}", owned.join("+"));
}
