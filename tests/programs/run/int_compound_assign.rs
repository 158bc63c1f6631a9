// Every compound assignment operator.
fn main() {
    let mut x: i32 = 100;
    x += 5;
    println!("+= {}", x);
    x -= 15;
    println!("-= {}", x);
    x *= 3;
    println!("*= {}", x);
    x /= 7;
    println!("/= {}", x);
    x %= 10;
    println!("%= {}", x);
    x <<= 4;
    println!("<<= {}", x);
    x >>= 2;
    println!(">>= {}", x);
    x &= 0b1100;
    println!("&= {}", x);
    x |= 0b0011;
    println!("|= {}", x);
    x ^= 0b1111;
    println!("^= {}", x);
    let mut byte: u8 = 1;
    let shift: u64 = 3;
    byte <<= shift;
    println!("{}", byte);
    let mut flag = true;
    flag &= false;
    flag |= true;
    flag ^= true;
    println!("{}", flag);
    let mut total: u64 = 0;
    for i in 1..=20u64 {
        total += i * i;
    }
    println!("sum of squares: {}", total);
}
