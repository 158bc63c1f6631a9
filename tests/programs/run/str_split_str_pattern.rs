fn main() {
    let s = "one, two, three,four";
    for p in s.split(", ") {
        println!("<{p}>");
    }
    let sep = String::from("::");
    let path = "std::collections::HashMap";
    for segment in path.split(&sep) {
        println!("{segment}");
    }
    let arrow = "->";
    println!("{}", "a->b->->c".split(arrow).count());
}
