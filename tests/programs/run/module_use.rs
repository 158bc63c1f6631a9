// `use` brings a module's items into scope; nested modules reach their
// parents with `super::` and the root with `crate::`.
mod geometry {
    pub mod shapes {
        pub struct Square {
            side: u32,
        }
        impl Square {
            pub fn new(side: u32) -> Square {
                Square { side }
            }
            pub fn area(&self) -> u32 {
                super::scale(self.side * self.side)
            }
        }
    }
    fn scale(value: u32) -> u32 {
        value * crate::FACTOR
    }
    pub fn unit() -> shapes::Square {
        self::shapes::Square::new(1)
    }
}
const FACTOR: u32 = 10;
use geometry::shapes::Square;
use geometry::unit;
fn main() {
    let s = Square::new(3);
    println!("{}", s.area());
    println!("{}", unit().area());
}
