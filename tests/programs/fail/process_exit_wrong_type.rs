fn main() {
    let code: i64 = 1;
    std::process::exit(code); //~ ERROR E0308
}
