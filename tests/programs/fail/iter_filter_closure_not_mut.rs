fn main() {
    let v = vec![1, 2, 3];
    let seen = 0;
    let n = v
        .iter()
        .filter(|x| {
            seen += 1; //~ ERROR E0594
            **x > 1
        })
        .count();
    println!("{n} {seen}");
}
