// Arithmetic through references to numbers, as in loops over `&v`.
fn largest(values: &Vec<i64>) -> i64 {
    let mut best = i64::MIN;
    for i in 0..values.len() {
        if values[i] > best {
            best = values[i];
        }
    }
    best
}

fn main() {
    let v = vec![3, 1, 4, 1, 5, 9, 2, 6];
    let mut sum = 0;
    let mut big = 0;
    for x in &v {
        sum += x;
        if x > &3 {
            big += 1;
        }
    }
    println!("sum {} big {}", sum, big);
    let scores = vec![0.5f32, 1.25, 2.0];
    let mut product = 1.0;
    for s in &scores {
        product *= s;
        println!("{} {}", s * 2.0, 10.0 - s);
    }
    println!("product {}", product);
    let n = 12u16;
    let r = &n;
    println!("{} {} {} {}", r + 1, 1 + r, r * r, r << 2);
    println!("{} {}", r.pow(2), r == &12);
    let longs = vec![-7i64, 40, 12];
    println!("largest {}", largest(&longs));
}
