fn main() {
    let mut name = String::from("Ferris");
    let editor = &mut name;
    let n = name.len(); //~ ERROR E0502
    editor.push_str(" the crab");
    println!("{n}");
}
