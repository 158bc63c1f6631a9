fn longest(a: &Option<String>) -> usize {
    match a.as_ref() {
        Some(s) => s.len(),
        None => 0,
    }
}

fn main() {
    let mut title: Option<String> = Some(String::from("Rust"));
    println!("{}", longest(&title));
    if let Some(t) = title.as_mut() {
        t.push_str("acean");
    }
    let r: Option<&String> = title.as_ref();
    println!("{:?} {:?}", r, title);
    let mut count: Option<u32> = Some(1);
    if let Some(c) = count.as_mut() {
        *c += 41;
    }
    let copied = count.as_ref().copied();
    let text = title.as_ref().cloned();
    println!("{:?} {:?} {:?}", count, copied, text);
    let nothing: Option<String> = None;
    println!("{} {:?}", longest(&nothing), nothing.as_ref());
}
