trait Producer {
    type Output;
    fn produce(&self) -> Self::Output;
}

struct Counter;

impl Producer for Counter {
    type Output = u32;
    fn produce(&self) -> u32 {
        42
    }
}

fn main() {
    println!("{}", Counter.produce());
}
