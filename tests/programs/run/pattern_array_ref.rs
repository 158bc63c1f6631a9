// Array patterns through a reference bind references (match ergonomics),
// and mutable ones to disjoint elements.
fn main() {
    let names = [String::from("ann"), String::from("bob")];
    let [x, y] = &names;
    println!("{} {}", x.len(), y);
    let mut grid = [1, 2, 3];
    let [a, .., c] = &mut grid;
    *a += 10;
    *c += 30;
    println!("{:?}", grid);
    if let [1, ..] = grid {
        println!("starts with one");
    } else {
        println!("starts with {}", grid[0]);
    }
}
