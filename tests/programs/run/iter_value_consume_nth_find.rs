fn main() {
    let v = vec![10, 20, 30, 40, 50, 60];
    let mut it = v.iter();
    println!("nth(1) {:?}", it.nth(1));
    println!("next {:?}", it.next());
    println!("find {:?}", it.find(|&&x| x > 40));
    println!("next {:?}", it.next());
    println!("position {:?}", it.position(|&x| x == 60));
    println!("next {:?}", it.next());
    println!("nth past end {:?}", it.nth(3));
}
