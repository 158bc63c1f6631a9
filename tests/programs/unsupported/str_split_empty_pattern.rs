fn main() {
    let empty = "";
    let pieces = "abc".split(empty).count(); //~ UNSUPPORTED
    println!("{pieces}");
}
