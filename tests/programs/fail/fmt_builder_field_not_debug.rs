use std::fmt;

struct Secret(u32);

struct Vault {
    secret: Secret,
}

impl fmt::Debug for Vault {
    fn fmt(&self, f: &mut fmt::Formatter) -> fmt::Result {
        f.debug_struct("Vault").field("secret", &self.secret).finish() //~ ERROR E0277
    }
}

fn main() {
    println!("{:?}", Vault { secret: Secret(1) });
}
