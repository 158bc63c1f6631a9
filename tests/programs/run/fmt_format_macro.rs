// format! builds a String; its capacity follows std's estimate and growth.
fn describe(name: &str, score: u32) -> String {
    format!("{} scored {} points", name, score)
}

fn main() {
    let a = format!("plain text");
    let b = format!("{}", 12345);
    let c = format!("{:>10}", 5);
    let d = describe("Ada", 42);
    let e = format!("{:?}", vec![1, 2, 3]);
    let x = 2.5;
    let f = format!("x = {x}, x² = {}", x * x);
    let g = format!("{}{}", "ab", 'c');
    let h = format!("{:.3}", 1.0 / 3.0);
    let all = vec![a, b, c, d, e, f, g, h];
    for s in &all {
        println!("{:?} len {} capacity {}", s, s.len(), s.capacity());
    }
    let mut report = format!("{}-{}", "start", 1);
    report.push_str("!");
    println!("{} {}", report, report.capacity());
}
