fn main() {
    let mut total = 0u64;
    for i in 0..5 {
        total += i;
    }
    println!("sum 0..5 = {total}");
    let mut count = 0;
    for x in 250u8..=255 {
        count += 1;
        if x == 255 {
            println!("reached {x} after {count} values");
        }
    }
    let mut n = 10;
    while n > 0 {
        n -= 3;
        if n == 4 {
            continue;
        }
        print!("{n} ");
    }
    println!();
    let mut tries = 0;
    let found = loop {
        tries += 1;
        if tries * tries > 50 {
            break tries;
        }
    };
    println!("found {found}");
    'outer: for a in 1..4 {
        for b in 1..4 {
            if a * b == 4 {
                println!("break outer at {a} {b}");
                break 'outer;
            }
            if b > a {
                continue 'outer;
            }
            println!("{a} {b}");
        }
    }
}
