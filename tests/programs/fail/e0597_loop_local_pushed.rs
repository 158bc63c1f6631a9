fn main() {
    let mut names: Vec<&String> = Vec::new();
    for i in 0..3 {
        let name = format_name(i);
        names.push(&name); //~ ERROR E0597
    }
    println!("{}", names.len());
}

fn format_name(i: u32) -> String {
    let mut s = String::from("user");
    if i > 0 {
        s.push('+');
    }
    s
}
