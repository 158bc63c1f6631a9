fn main() {
    let mut left = 0;
    let mut right = 0;
    let mut target = &mut left;
    for i in 0..4 {
        *target += 1;
        if i == 2 {
            target = &mut right;
        }
        left += 1; //~ ERROR E0503
    }
    println!("{left} {right}");
}
