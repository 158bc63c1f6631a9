fn main() {
    let days = [31, 28, 31, 30];
    let mut grid = [0u8; 6];
    grid[2] = 7;
    grid[5] = grid[2] + 1;
    println!("{:?} {:?}", days, grid);
    println!("len {} size {}", days.len(), std::mem::size_of_val(&days));
    let mut total = 0;
    for d in days {
        total += d;
    }
    println!("total {}", total);
    for cell in &mut grid {
        *cell += 1;
    }
    println!("{:?}", grid);
    let copy = days;
    println!("{:?} {:?}", copy, days);
    let part = &days[1..3];
    println!("{:?}", part);
}
