fn main() {
    let mut v = vec![1, 2, 3, 4, 5, 6];
    v.retain(|x| x % 2 == 0);
    println!("{:?} len {} capacity {}", v, v.len(), v.capacity());
    let limit = 3;
    let mut words = vec![String::from("a"), String::from("abcd"), String::from("ab")];
    words.retain(|w| w.len() < limit);
    println!("{:?}", words);
    let mut asked = 0;
    let mut all = vec![7, 8];
    all.retain(|_x| {
        asked += 1;
        true
    });
    println!("{:?} asked {}", all, asked);
}
