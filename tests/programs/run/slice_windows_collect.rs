// Sub-slices borrowed from one vector, collected and compared.
fn main() {
    let readings = vec![10, 12, 11, 15, 14, 18];
    let rising: Vec<&[i32]> = readings.windows(2).filter(|w| w[1] > w[0]).collect();
    println!("{:?}", rising);
    let diffs: Vec<i32> = readings.windows(2).map(|w| w[1] - w[0]).collect();
    println!("{:?} capacity {}", diffs, diffs.capacity());
    let max_sum = readings.windows(3).map(|w| w.iter().sum::<i32>()).max();
    println!("{:?}", max_sum);
    let first_big = readings.windows(2).position(|w| w[1] - w[0] > 3);
    println!("{:?}", first_big);
    let halves: Vec<Vec<i32>> = readings.chunks(4).map(|c| c.to_vec()).collect();
    println!("{:?}", halves);
}
