fn main() -> i32 { //~ ERROR E0277
    3
}
