struct Guard(&'static str);

impl Drop for Guard {
    fn drop(&mut self) {
        println!("guard {} released", self.0);
    }
}

fn main() {
    let _g = Guard("outer");
    let config: Option<String> = None;
    println!("loading");
    let value = config.expect("config must be set");
    println!("{value}");
}
