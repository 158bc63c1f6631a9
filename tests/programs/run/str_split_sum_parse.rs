fn main() {
    let s = " 4, 8 ,15,16 , 23,42";
    let total = s.split(',').map(|p| p.trim().parse::<i32>().unwrap()).sum::<i32>();
    println!("{total}");
    let product: i64 = "2x3x7".split('x').map(|d| d.parse::<i64>().unwrap()).product();
    println!("{product}");
}
