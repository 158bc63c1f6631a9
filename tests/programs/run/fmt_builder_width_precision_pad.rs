use std::fmt;

struct Celsius(f64);

impl fmt::Display for Celsius {
    fn fmt(&self, f: &mut fmt::Formatter) -> fmt::Result {
        match f.precision() {
            Some(digits) => write!(f, "{:.*} C", digits, self.0),
            None => write!(f, "{} C", self.0),
        }
    }
}

struct Name(String);

impl fmt::Display for Name {
    fn fmt(&self, f: &mut fmt::Formatter) -> fmt::Result {
        f.pad(&self.0)
    }
}

struct Plain(u8);

impl fmt::Display for Plain {
    fn fmt(&self, f: &mut fmt::Formatter) -> fmt::Result {
        write!(f, "P{}", self.0)
    }
}

struct Aligned(i32);

impl fmt::Display for Aligned {
    fn fmt(&self, f: &mut fmt::Formatter) -> fmt::Result {
        write!(f, "[{:>5}]", self.0)?;
        if f.sign_plus() {
            write!(f, "+")?;
        }
        write!(f, "{:?} {:?} {}", f.width(), f.precision(), f.fill())
    }
}

fn main() {
    println!("{}", Celsius(21.456));
    println!("{:.1}", Celsius(21.456));
    println!("[{:>10}] [{:<8}] [{:^9}] [{:*>7.3}]", Name(String::from("ann")), Name(String::from("bob")), Name(String::from("cid")), Name(String::from("dorothy")));
    println!("[{:>10}] [{:<8}]", Plain(1), Plain(2));
    println!("{}", Aligned(7));
    println!("{:_^+12.2}", Aligned(-7));
    let s = format!("{:>6}|", Name(String::from("x")));
    println!("{} {}", s, s.len());
}
