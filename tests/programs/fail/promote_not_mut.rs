fn zero() -> &'static mut i32 {
    &mut 0 //~ ERROR E0515
}

fn main() {
    println!("{}", zero());
}
