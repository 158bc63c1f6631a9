fn main() {
    let v = vec![1, 2, 3, 4, 5];
    let mut it = v.iter();
    println!("any > 2: {}", it.any(|&x| x > 2));
    // `any` takes `&mut self`: the iterator goes on after the found item.
    println!("next: {:?}", it.next());
    println!("all < 10: {}", it.all(|&x| x < 10));
    println!("after all: {:?}", it.next());
    let mut it = v.iter();
    println!("all odd: {}", it.all(|x| x % 2 == 1));
    println!("next: {:?}", it.next());
}
