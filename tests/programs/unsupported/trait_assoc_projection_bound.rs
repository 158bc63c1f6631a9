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

fn twice<P: Producer>(p: &P) -> (P::Output, P::Output) { //~ UNSUPPORTED
    (p.produce(), p.produce())
}

fn main() {
    println!("{:?}", twice(&Counter));
}
