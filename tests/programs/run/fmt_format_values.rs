// format! used where a String value is expected.
fn shout(s: String) -> String { format!("{}!", s) }
fn main() {
    let mut s = String::new();
    for i in 0..3 {
        s.push_str(&format!("{i},"));
    }
    println!("{} {}", s, s.capacity());
    println!("{}", format!("{:>4}", 7).len());
    println!("{}", shout(format!("hey {}", 1.5)));
    let t = if s.len() > 3 { format!("long {}", s.len()) } else { String::from("short") };
    println!("{t}");
    let v = vec![format!("{:03}", 7), 2.5.to_string(), (-3i8).to_string()];
    println!("{:?}", v);
    let w = String::with_capacity(10);
    println!("{} {}", w.len(), w.capacity());
}
