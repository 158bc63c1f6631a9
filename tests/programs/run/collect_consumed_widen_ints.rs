fn main() {
    let small = vec![1i32, 2, 3];
    let wide: Vec<i64> = small.into_iter().map(|x| x as i64 * 1000).collect();
    println!("{:?} len {} cap {}", wide, wide.len(), wide.capacity());
    let bytes: Vec<u8> = vec![1, 2, 3, 4, 5, 6, 7];
    let words: Vec<u32> = bytes.into_iter().filter(|b| b % 2 == 1).map(|b| b as u32).collect();
    println!("{:?} len {} cap {}", words, words.len(), words.capacity());
}
