trait Converter {
    type Input;
    type Output;
    fn convert(&self, input: Self::Input) -> Self::Output;
}

struct Doubler;
struct Namer {
    prefix: String,
}

impl Converter for Doubler {
    type Output = i64;
    type Input = i32;

    fn convert(&self, input: i32) -> Self::Output {
        input as i64 * 2
    }
}

impl Converter for Namer {
    type Input = u8;
    type Output = String;

    fn convert(&self, input: Self::Input) -> String {
        format!("{}{}", self.prefix, input)
    }
}

fn main() {
    println!("{}", Doubler.convert(21));
    let namer = Namer { prefix: String::from("item-") };
    let name = namer.convert(7);
    println!("{name} ({} bytes)", name.len());
}
