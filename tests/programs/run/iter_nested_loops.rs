fn main() {
    let grid = vec![vec![1, 2, 3], vec![4, 5, 6], vec![7, 8, 9]];
    for (r, row) in grid.iter().enumerate() {
        for (c, value) in row.iter().enumerate() {
            if r == c {
                print!("[{value}]");
            } else {
                print!(" {value} ");
            }
        }
        println!();
    }
    let mut total = 0;
    for row in grid.iter() {
        total += row.iter().sum::<i32>();
    }
    println!("{total}");
    for i in 1..=3 {
        let line: Vec<i32> = (1..=3).map(|j| i * j).collect();
        println!("{:?}", line);
    }
}
