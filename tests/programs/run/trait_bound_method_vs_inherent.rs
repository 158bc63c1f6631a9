use std::fmt::Display;

trait Size {
    fn len(&self) -> usize;
    fn size_label(&self) -> String {
        format!("size {}", self.len())
    }
}

impl Size for Vec<i32> {
    fn len(&self) -> usize {
        100
    }
}

trait Twice {
    fn twice(&self) -> Self;
}

impl Twice for i32 {
    fn twice(&self) -> i32 {
        self * 2
    }
}

impl Twice for String {
    fn twice(&self) -> String {
        self.repeat(2)
    }
}

struct Holder<'a> {
    item: &'a dyn Display,
}

fn main() {
    let v = vec![1, 2, 3];
    println!("{} {} {}", v.len(), Size::len(&v), v.size_label());
    println!("{} {}", 21.twice(), String::from("ab").twice());
    let x = 5;
    println!("{}", (&&x).twice());
    let h = Holder { item: &x };
    let s = String::from("held");
    let g = Holder { item: &s };
    println!("{} {}", h.item, g.item);
}
