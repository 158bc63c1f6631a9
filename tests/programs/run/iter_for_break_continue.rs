fn main() {
    let v = vec![5, -1, 8, 0, 3, 12];
    let mut total = 0;
    for (i, x) in v.iter().enumerate() {
        if *x < 0 {
            println!("skip negative at {i}");
            continue;
        }
        if *x == 0 {
            println!("stop at zero, index {i}");
            break;
        }
        total += x;
    }
    println!("{total}");
    'outer: for a in 1..4 {
        for b in (1..4).rev() {
            if a * b == 4 {
                println!("found {a}*{b}");
                break 'outer;
            }
            if b == a {
                continue 'outer;
            }
        }
    }
    println!("end");
}
