fn main() -> Result<i32, String> { //~ ERROR E0277
    Ok(3)
}
