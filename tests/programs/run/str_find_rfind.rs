fn main() {
    let path = "src/syntax/lower.rs";
    let slash = path.find('/');
    let last_slash = path.rfind("/");
    println!("{:?} {:?}", slash, last_slash);
    if let Some(dot) = path.rfind('.') {
        println!("name: {}", &path[last_slash.unwrap() + 1..dot]);
        println!("extension: {}", &path[dot + 1..]);
    }
    println!("{:?}", path.find("lib"));
    let greek = "αβγ";
    println!("{:?}", greek.find('γ'));
}
