fn flag() -> &'static bool {
    &(3 < 4)
}

fn minus() -> &'static i32 {
    &-7
}

fn main() {
    println!("{} {}", flag(), minus());
}
