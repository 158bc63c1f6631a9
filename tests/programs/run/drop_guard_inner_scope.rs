struct Guard<'a> {
    name: &'a String,
}

impl Drop for Guard<'_> {
    fn drop(&mut self) {
        println!("release {}", self.name);
    }
}

fn main() {
    let mut s = String::from("lock");
    {
        let g = Guard { name: &s };
        println!("holding {}", g.name);
    }
    s.push('!');
    println!("{s}");
}
