fn zeros() -> &'static [u8; 4] {
    &[0; 4]
}

fn main() {
    let z = zeros();
    println!("{:?} {}", z, z.len());
}
