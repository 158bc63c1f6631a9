fn main() {
    let mut kept = String::new();
    for i in 0..3 {
        let s = String::from("item");
        if i == 1 {
            continue;
        }
        kept.push_str(&s);
        kept.push(' ');
        println!("{} {}", kept.len(), kept.capacity());
    }
    let mut words = 0;
    loop {
        let w = String::from("word");
        words += w.len();
        if words > 10 {
            break;
        }
    }
    println!("{kept}{words}");
}
