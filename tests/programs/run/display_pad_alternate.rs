use std::fmt;

struct Tag(&'static str);

impl fmt::Display for Tag {
    fn fmt(&self, f: &mut fmt::Formatter) -> fmt::Result {
        if f.alternate() {
            f.pad(&self.0.to_uppercase())
        } else {
            f.pad(self.0)
        }
    }
}

struct Ignores(u8);

impl fmt::Display for Ignores {
    fn fmt(&self, f: &mut fmt::Formatter) -> fmt::Result {
        write!(f, "#{}", self.0)
    }
}

fn main() {
    let t = Tag("rust");
    println!("[{}] [{:#}]", t, t);
    println!("[{:>8}] [{:<8}] [{:^8}] [{:*^9}]", t, t, t, t);
    println!("[{:.2}] [{:>6.3}] [{:#>7}]", t, t, t);
    let i = Ignores(7);
    println!("[{:>8}] [{:<5}] [{}]", i, i, i);
    let width = 10;
    println!("[{:>width$}] [{:>1$}]", t, width);
}
