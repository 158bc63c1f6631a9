struct D(&'static str);

impl Drop for D {
    fn drop(&mut self) {
        println!("drop {}", self.0);
    }
}

fn main() {
    let left = vec![D("l1"), D("l2"), D("l3")];
    let right = vec![D("r1")];
    for (a, b) in left.into_iter().zip(right.into_iter()) {
        println!("pair {} {}", a.0, b.0);
    }
    println!("zip done");
}
