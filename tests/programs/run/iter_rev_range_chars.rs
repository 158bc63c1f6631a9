fn main() {
    for i in (1..=5).rev() {
        print!("{i} ");
    }
    println!("liftoff");
    let word = "stressed";
    let reversed: String = word.chars().rev().collect();
    println!("{reversed}");
    let v = vec![1, 2, 3];
    let back: Vec<i32> = v.iter().rev().map(|x| x * 10).collect();
    println!("{:?}", back);
}
