fn main() {
    let mut left = 0;
    let mut right = 0;
    let mut target = &mut left;
    for i in 0..4 {
        if i == 2 {
            target = &mut right;
        }
        *target += 1;
    }
    println!("{left} {right}");
}
