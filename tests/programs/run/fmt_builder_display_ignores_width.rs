use std::fmt;

// `write!` into the formatter ignores the width the caller asked for;
// `pad` honours it.
struct Tag(&'static str);

impl fmt::Display for Tag {
    fn fmt(&self, f: &mut fmt::Formatter) -> fmt::Result {
        write!(f, "<{}>", self.0)
    }
}

struct Padded(&'static str);

impl fmt::Display for Padded {
    fn fmt(&self, f: &mut fmt::Formatter) -> fmt::Result {
        f.pad(self.0)
    }
}

fn main() {
    println!("[{:>10}]", Tag("b"));
    println!("[{:>10}]", Padded("b"));
    println!("[{:-<6}]", Padded("abc"));
    println!("[{:.2}]", Padded("abcdef"));
}
