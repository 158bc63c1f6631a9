#[derive(Debug, Clone, PartialEq)]
enum Cell {
    Empty,
    Wall,
    Item(String),
}
struct Grid {
    cells: Vec<Cell>,
    width: usize,
}
impl Grid {
    fn get(&self, x: usize, y: usize) -> Option<&Cell> {
        if x >= self.width {
            return None;
        }
        self.cells.get(y * self.width + x)
    }
    fn pick(&mut self, i: usize) -> Option<String> {
        let cell = std::mem::replace(&mut self.cells[i], Cell::Empty);
        match cell {
            Cell::Item(name) => Some(name),
            other => {
                self.cells[i] = other;
                None
            }
        }
    }
}
fn main() {
    let mut g = Grid {
        cells: vec![Cell::Empty, Cell::Wall, Cell::Item(String::from("key")), Cell::Empty],
        width: 2,
    };
    println!("{:?} {:?} {:?}", g.get(0, 0), g.get(1, 1), g.get(5, 0));
    println!("{:?}", g.pick(2));
    println!("{:?}", g.pick(1));
    println!("{:?}", g.cells);
    println!("{}", g.cells[1] == Cell::Wall);
    if let Some(Cell::Wall) = g.get(1, 0) {
        println!("wall");
    }
}
