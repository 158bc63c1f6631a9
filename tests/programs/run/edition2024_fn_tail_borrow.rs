//@ edition: 2024
// Edition 2024 drops the tail expression's temporary `Ref` before the local
// `RefCell` it borrows, so this compiles (edition 2021 rejects it).
use std::cell::RefCell;
fn length() -> usize {
    let cell = RefCell::new(vec![1, 2, 3]);
    cell.borrow().len()
}
fn main() {
    println!("{}", length());
}
