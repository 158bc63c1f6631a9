struct P {
    name: String,
    tag: Box<u8>,
}
impl P {
    fn name(&self) -> &str {
        &self.name
    }
    fn tag(&self) -> &u8 {
        &self.tag
    }
    fn pick(&self, first: bool) -> &str {
        if first {
            return &self.name;
        }
        "none"
    }
}
fn main() {
    let p = P {
        name: String::from("ann"),
        tag: Box::new(4),
    };
    println!(
        "{} {} {} {}",
        p.name(),
        p.tag(),
        p.pick(true),
        p.pick(false)
    );
}
