fn double(x: i32) -> i32 {
    x * 2
}

fn describe(x: i32) -> String {
    format!("<{x}>")
}

fn main() {
    let some = Some(21).map(double);
    println!("{:?}", some);
    let none: Option<i32> = None;
    println!("{:?}", none.map(double));
    println!("{:?}", Some(7).map(describe));
}
