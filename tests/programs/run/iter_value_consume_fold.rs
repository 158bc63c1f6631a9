fn main() {
    let v = vec![3, 1, 4, 1, 5];
    let mut it = v.iter();
    it.next();
    let text = it.fold(String::new(), |mut acc, x| {
        acc.push_str(&x.to_string());
        acc.push(';');
        acc
    });
    println!("{text}");
}
