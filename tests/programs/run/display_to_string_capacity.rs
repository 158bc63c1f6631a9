use std::fmt;

struct Version {
    major: u32,
    minor: u32,
    patch: u32,
}

impl fmt::Display for Version {
    fn fmt(&self, f: &mut fmt::Formatter) -> fmt::Result {
        write!(f, "v{}.{}.{}", self.major, self.minor, self.patch)
    }
}

struct Big;

impl fmt::Display for Big {
    fn fmt(&self, f: &mut fmt::Formatter) -> fmt::Result {
        f.write_str("0123456789")?;
        f.write_str("abcdefghij")?;
        f.write_str("!")
    }
}

fn main() {
    let v = Version { major: 1, minor: 20, patch: 3 };
    let s = v.to_string();
    println!("{} {} {}", s, s.len(), s.capacity());
    let t = format!("{}", v);
    println!("{} {} {}", t, t.len(), t.capacity());
    let u = format!("release {} done", v);
    println!("{} {} {}", u, u.len(), u.capacity());
    let b = Big.to_string();
    println!("{} {} {}", b, b.len(), b.capacity());
    let mut all = String::new();
    all.push_str(&v.to_string());
    all += &Big.to_string();
    println!("{} {}", all, all.capacity());
}
