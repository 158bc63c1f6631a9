struct Oops;

fn main() -> Result<(), Oops> { //~ ERROR E0277
    Err(Oops)
}
