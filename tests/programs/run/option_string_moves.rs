fn main() {
    let maybe_name: Option<String> = Some(String::from("Ferris"));
    match &maybe_name {
        Some(name) => println!("hello {name} ({} bytes)", name.len()),
        None => println!("nobody"),
    }
    println!("still usable: {:?}", maybe_name);
    if let Some(ref n) = maybe_name {
        println!("borrowed again: {n}");
    }
    let name = match maybe_name {
        Some(n) => n,
        None => String::from("anonymous"),
    };
    println!("moved out: {name}");
    let other: Option<String> = None;
    let fallback = other.unwrap_or(String::from("default"));
    println!("{fallback}");
    let cloned = Some(name.clone());
    let again = cloned.clone();
    println!("{:?} {:?} {}", cloned, again, cloned == again);
}
