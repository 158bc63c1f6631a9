// A private module's items cannot be reached from outside its parent.
mod outer {
    mod inner {
        pub fn secret() -> u32 {
            42
        }
    }
    pub fn reveal() -> u32 {
        inner::secret()
    }
}
fn main() {
    println!("{}", outer::reveal());
    println!("{}", outer::inner::secret()); //~ ERROR E0603
}
