fn main() {
    let maybe: Option<u32> = Some(1);
    let Some(value) = maybe; //~ ERROR E0005
    println!("{value}");
}
