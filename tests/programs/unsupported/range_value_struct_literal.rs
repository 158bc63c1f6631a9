use std::ops::Range;

fn main() {
    let r = Range { start: 1, end: 4 }; //~ UNSUPPORTED
    println!("{:?}", r);
}
