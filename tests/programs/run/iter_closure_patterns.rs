fn main() {
    let v = vec![1, 2, 3, 4];
    let evens: Vec<i32> = v.iter().filter(|&&x| x % 2 == 0).map(|&x| x * 10).collect();
    println!("{:?}", evens);
    let weighted: i32 = v.iter().enumerate().map(|(i, &x)| i as i32 * x).sum();
    println!("{weighted}");
    let pairs = vec![(1, 'a'), (2, 'b'), (3, 'c')];
    let letters: String = pairs.iter().filter(|&&(n, _)| n != 2).map(|&(_, c)| c).collect();
    println!("{letters}");
    let x = 100;
    let shadowed: Vec<i32> = v.iter().map(|x| x + 1).collect();
    println!("{:?} {x}", shadowed);
    let total = pairs.iter().fold(0, |acc, (n, _)| acc + n);
    println!("{total}");
}
