fn sum_rest(v: &[u32]) -> u32 {
    let mut it = v.iter();
    it.next();
    it.sum()
}

fn main() {
    let data = [5, 6, 7];
    println!("{}", sum_rest(&data));
    let mut it = data.iter();
    it.next();
    let copied: Vec<u32> = it.copied().collect();
    println!("{copied:?}");
    let cloned: Vec<String> = ["a".to_string(), "b".to_string()].iter().cloned().collect();
    let mut strings = cloned.iter();
    strings.next();
    let joined: Vec<String> = strings.cloned().collect();
    println!("{joined:?}");
}
