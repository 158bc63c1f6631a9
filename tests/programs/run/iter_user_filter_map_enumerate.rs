struct Digits {
    n: u32,
}

impl Iterator for Digits {
    type Item = u32;

    fn next(&mut self) -> Option<u32> {
        if self.n == 0 {
            None
        } else {
            let d = self.n % 10;
            self.n /= 10;
            Some(d)
        }
    }
}

fn main() {
    for (i, d) in (Digits { n: 90817 }).enumerate() {
        println!("digit {i} is {d}");
    }
    let odd: Vec<String> = Digits { n: 123456 }
        .filter_map(|d| if d % 2 == 1 { Some(format!("odd {d}")) } else { None })
        .collect();
    println!("{odd:?}");
    let digit_sum: u32 = Digits { n: 99999 }.sum();
    println!("{digit_sum}");
}
