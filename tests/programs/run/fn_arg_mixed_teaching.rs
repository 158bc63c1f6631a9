fn is_even(n: &i32) -> bool { n % 2 == 0 }
fn square(n: i32) -> i32 { n * n }
#[derive(Debug)]
struct Meters(f64);
fn main() {
    let v = vec![1, 2, 3, 4, 5, 6];
    let evens: Vec<&i32> = v.iter().filter(|n| is_even(n)).collect();
    let squares: Vec<i32> = v.iter().copied().map(square).collect();
    let ms: Vec<Meters> = [1.5, 2.0].into_iter().map(Meters).collect();
    let opt: Option<i32> = Some(4);
    println!("{:?} {:?} {:?} {:?}", evens, squares, ms, opt.map(square));
    let strs = vec!["  a ", "b  "];
    let trimmed: Vec<&str> = strs.iter().copied().map(str::trim).collect();
    println!("{:?}", trimmed);
    let mut count = 0;
    v.iter().for_each(|_| count += 1);
    println!("{count} {:?}", v.iter().skip(1).next());
}
