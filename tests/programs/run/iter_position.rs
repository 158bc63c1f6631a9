fn main() {
    let v = vec![3, 7, 11, 7];
    println!("{:?}", v.iter().position(|&x| x == 7));
    println!("{:?}", v.iter().position(|&x| x == 8));
    let letters = "rustacean";
    println!("{:?}", letters.chars().position(|c| c == 'a'));
    let idx = v.iter().skip(2).position(|x| *x == 7);
    println!("{:?}", idx);
    match v.iter().rev().position(|x| *x > 5) {
        Some(i) => println!("from the back: {i}"),
        None => println!("none"),
    }
}
