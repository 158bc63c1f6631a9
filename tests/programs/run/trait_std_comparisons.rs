fn main() {
    let a = vec![1, 2, 3];
    let b = vec![1, 2, 4];
    println!("{} {} {} {}", a == b, a < b, a != a.clone(), (1, 'x') < (1, 'y'));
    println!("{} {}", [1.0, 2.0] == [1.0, 2.0], (2, 3.5) >= (2, 3.5));
    let s = vec![String::from("a")];
    println!("{}", s == vec![String::from("a")]);
}
