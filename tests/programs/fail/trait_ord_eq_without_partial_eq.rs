struct Id(u32);

impl Eq for Id {} //~ ERROR E0277

fn main() {
    let _ = Id(1);
}
