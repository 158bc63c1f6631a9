fn main() {
    let mut label = String::from("draft");
    let view = &label;
    let n = view.len();
    label = String::from("final");
    println!("{n} {label}");
}
