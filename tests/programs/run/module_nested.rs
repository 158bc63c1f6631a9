// Nested modules: a child uses its parent's private items through `super::`.
mod a {
    fn base() -> u32 {
        7
    }
    pub mod b {
        pub fn twice() -> u32 {
            super::base() * 2
        }
        pub mod c {
            pub fn thrice() -> u32 {
                super::super::base() * 3 + crate::a::b::twice()
            }
        }
    }
}
fn main() {
    println!("{}", a::b::twice());
    println!("{}", a::b::c::thrice());
}
