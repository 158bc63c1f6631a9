fn main() {
    let mut balances = vec![100, 200, 300];
    let deposits = vec![5, 10, 15, 20];
    for (b, d) in balances.iter_mut().zip(deposits.iter()) {
        *b += d;
    }
    println!("{:?}", balances);
    for (i, b) in balances.iter_mut().enumerate().skip(1) {
        *b -= i as i32;
    }
    println!("{:?}", balances);
    let mut grid = [[0; 3]; 2];
    for (r, row) in grid.iter_mut().enumerate() {
        for (c, cell) in row.iter_mut().enumerate() {
            *cell = r * 10 + c;
        }
    }
    println!("{:?}", grid);
}
