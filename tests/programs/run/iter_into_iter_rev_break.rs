struct Plate(u8);

impl Drop for Plate {
    fn drop(&mut self) {
        println!("wash plate {}", self.0);
    }
}

fn main() {
    let stack = vec![Plate(1), Plate(2), Plate(3), Plate(4)];
    for p in stack.into_iter().rev() {
        println!("take plate {}", p.0);
        if p.0 == 3 {
            break;
        }
    }
    println!("--");
    let stack = vec![Plate(5), Plate(6), Plate(7)];
    for (i, p) in stack.into_iter().enumerate().skip(1) {
        println!("{i}: plate {}", p.0);
    }
    println!("--");
    let a = vec![Plate(8), Plate(9)];
    let b = vec![Plate(10)];
    for p in a.into_iter().chain(b.into_iter()).take(2) {
        println!("chained plate {}", p.0);
    }
    println!("end");
}
