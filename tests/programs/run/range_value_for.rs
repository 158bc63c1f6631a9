fn main() {
    let n: usize = 4;
    let mut r = 1..n;
    r.next();
    for i in r {
        println!("{i}");
    }
    let mut countdown = 0..3u8;
    for i in &mut countdown {
        if i == 1 {
            break;
        }
    }
    println!("{:?}", countdown);
}
