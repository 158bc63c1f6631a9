fn main() {
    let v = vec![1, 2, 3, 4, 5];
    let second = v
        .iter()
        .map(|x| {
            println!("map {x}");
            x * 10
        })
        .nth(1);
    println!("{:?}", second);
    let first_even = v
        .iter()
        .filter(|x| {
            println!("test {x}");
            *x % 2 == 0
        })
        .next();
    println!("{:?}", first_even);
    let past_end = v.iter().map(|x| {
        println!("see {x}");
        *x
    }).nth(7);
    println!("{:?}", past_end);
}
