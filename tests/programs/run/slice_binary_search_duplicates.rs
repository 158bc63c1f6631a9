// Which of several equal elements `binary_search` reports.
fn main() {
    let lists = vec![
        vec![1, 1],
        vec![1, 1, 1],
        vec![0, 1, 1, 1, 2],
        vec![1, 1, 1, 1, 1, 1, 1],
        vec![0, 0, 1, 1, 1, 1, 2, 2, 2],
        vec![1, 2, 2, 2, 2, 2, 2, 2, 3, 4],
        vec![5, 5, 5, 5],
        vec![2, 2, 2, 3, 3, 3, 3, 3, 3, 3, 3, 4],
    ];
    for list in &lists {
        for target in 0..6 {
            print!("{:?} ", list.binary_search(&target));
        }
        println!();
    }
    let mut grow = Vec::new();
    for n in 0..12 {
        grow.push(7);
        println!("{} sevens: {:?}", n + 1, grow.binary_search(&7));
    }
}
