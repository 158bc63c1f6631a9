fn main() {
    let words = vec![String::from("a"), String::from("bb"), String::from("ccc")];
    let long: Vec<String> = words
        .into_iter()
        .filter_map(|w| if w.len() > 1 { Some(w + "+") } else { None })
        .collect();
    println!("{:?} len {} cap {}", long, long.len(), long.capacity());
}
