fn main() {
    let v = vec![1, 2, 3, 4, 5, 6];
    let picked: Vec<i32> = v
        .iter()
        .map(|x| {
            println!("map {x}");
            x * 10
        })
        .filter(|x| {
            println!("filter {x}");
            x % 20 == 0
        })
        .take(2)
        .collect();
    println!("{:?}", picked);
    let n = v
        .iter()
        .filter(|x| {
            println!("check {x}");
            **x > 2
        })
        .map(|x| {
            println!("square {x}");
            x * x
        })
        .take(1)
        .count();
    println!("{n}");
}
