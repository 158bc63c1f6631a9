fn main() {
    let input = "1 2 3\n4 5 6\n7 8 9";
    let mut total = 0;
    for line in input.lines() {
        let row: i32 = line.split(' ').map(|n| n.parse::<i32>().unwrap()).sum();
        println!("row sum {row}");
        total += row;
    }
    println!("total {total}");
    let last = input.lines().last();
    println!("{:?}", last);
}
