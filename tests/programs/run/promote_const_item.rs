const LIMIT: u32 = 10;

fn limit() -> &'static u32 {
    &LIMIT
}

fn main() {
    println!("{}", limit());
}
