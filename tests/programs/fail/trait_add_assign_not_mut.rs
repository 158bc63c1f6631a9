use std::ops::AddAssign;

#[derive(Debug, Clone, Copy)]
struct Count(u32);

impl AddAssign for Count {
    fn add_assign(&mut self, other: Count) {
        self.0 += other.0;
    }
}

fn main() {
    let c = Count(1);
    c += Count(2); //~ ERROR E0596
    println!("{:?}", c);
}
