use std::ops::RangeInclusive;

fn total(r: RangeInclusive<u8>) -> u32 {
    let mut sum = 0;
    for i in r {
        sum += i as u32;
    }
    sum
}

fn main() {
    // The last item is 255: the flag, not an overflowing `start`, ends it.
    println!("{}", total(250..=255));
    let mut r = 0..=i8::MAX;
    let mut count = 0;
    while let Some(_) = r.next() {
        count += 1;
    }
    println!("{count} {:?}", r);
    let mut part = 1..=4;
    for i in &mut part {
        if i == 2 {
            break;
        }
    }
    println!("{:?} {}", part, part == (3..=4));
}
