fn main() {
    let v = vec![3, 1, 4, 1, 5];
    let n = v.iter().filter(|&&x| x > 2).count();
    println!("{n}");
    println!("{:?}", v.iter().max());
    println!("{:?}", v.iter().position(|x| *x == 4));
    println!("{}", v.iter().fold(0, |acc, x| acc + x));
}
