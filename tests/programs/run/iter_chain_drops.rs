struct D(u8);

impl Drop for D {
    fn drop(&mut self) {
        println!("drop {}", self.0);
    }
}

fn main() {
    let first = vec![D(1), D(2)];
    let second = vec![D(3), D(4)];
    for d in first.into_iter().chain(second.into_iter()) {
        if d.0 == 3 {
            println!("stop at 3");
            break;
        }
        println!("see {}", d.0);
    }
    println!("after");
}
