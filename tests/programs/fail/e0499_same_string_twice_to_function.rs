fn append(dest: &mut String, src: &mut String) {
    dest.push_str(src.as_str());
    src.push('.');
}

fn main() {
    let mut s = String::from("echo");
    append(&mut s, &mut s); //~ ERROR E0499
    println!("{s}");
}
