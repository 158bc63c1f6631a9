trait Describe {
    fn describe(&self) -> String;
    fn shout(&self) -> String {
        self.describe().to_uppercase()
    }
}

impl Describe for i32 {
    fn describe(&self) -> String {
        if *self < 0 { format!("negative {}", -self) } else { format!("number {}", self) }
    }
}

impl Describe for bool {
    fn describe(&self) -> String {
        String::from(if *self { "yes" } else { "no" })
    }
}

impl Describe for String {
    fn describe(&self) -> String {
        format!("string of {} bytes", self.len())
    }
}

impl Describe for Vec<i32> {
    fn describe(&self) -> String {
        let mut total = 0;
        for x in self {
            total += x;
        }
        format!("{} numbers summing to {}", self.len(), total)
    }
}

impl Describe for &str {
    fn describe(&self) -> String {
        format!("text '{}'", self)
    }
}

fn main() {
    println!("{}", 42.describe());
    println!("{}", (-7).describe());
    println!("{}", true.shout());
    println!("{}", String::from("héllo").describe());
    println!("{}", vec![1, 2, 3].describe());
    println!("{}", "plain".shout());
    let v: Vec<i32> = Vec::new();
    println!("{}", v.describe());
}
