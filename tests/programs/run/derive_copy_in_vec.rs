#[derive(Debug, Clone, Copy, PartialEq)]
struct Cell {
    row: u8,
    col: u8,
    alive: bool,
}

fn toggle(mut cell: Cell) -> Cell {
    cell.alive = !cell.alive;
    cell
}

fn main() {
    let mut grid = vec![Cell { row: 0, col: 0, alive: true }; 3];
    grid[1].col = 1;
    grid[2].col = 2;
    let first = grid[0];
    let flipped = toggle(first);
    println!("{:?}", first);
    println!("{:?}", flipped);
    grid[0] = flipped;
    for cell in &grid {
        println!("{} {} {}", cell.row, cell.col, cell.alive);
    }
    let copy = grid.clone();
    println!("{} {}", copy == grid, grid.len());
}
