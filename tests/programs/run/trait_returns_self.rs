trait Scale {
    fn scaled(&self, factor: f64) -> Self;
    fn doubled(&self) -> Self
    where
        Self: Sized,
    {
        self.scaled(2.0)
    }
}

#[derive(Debug, Clone, Copy, PartialEq)]
struct Size {
    w: f64,
    h: f64,
}

impl Scale for Size {
    fn scaled(&self, factor: f64) -> Size {
        Size { w: self.w * factor, h: self.h * factor }
    }
}

impl Scale for f64 {
    fn scaled(&self, factor: f64) -> f64 {
        self * factor
    }
}

fn grow<T: Scale>(value: &T, times: u32) -> T {
    let mut current = value.scaled(1.0);
    for _ in 0..times {
        current = current.doubled();
    }
    current
}

fn main() {
    let s = Size { w: 1.5, h: 2.0 };
    println!("{:?}", s.doubled());
    println!("{:?}", grow(&s, 3));
    println!("{} {}", 1.25.doubled(), grow(&0.5, 4));
    println!("{}", s.scaled(0.5) == Size { w: 0.75, h: 1.0 });
}
