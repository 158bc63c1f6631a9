fn apply(cmd: &str, value: i32) -> Option<i32> {
    match cmd {
        "double" => Some(value * 2),
        "negate" => Some(-value),
        "zero" | "reset" => Some(0),
        "" => None,
        _ => None,
    }
}

fn main() {
    let commands = vec![String::from("double"), String::from("negate"), String::from("reset"), String::from("jump")];
    let mut value = 5;
    for c in &commands {
        match apply(c.as_str(), value) {
            Some(v) => {
                println!("{c}: {value} -> {v}");
                value = v;
            }
            None => println!("{c}: unknown command"),
        }
    }
    let owned = String::from("double");
    let described = match owned.as_str() {
        "double" | "triple" => "multiplies",
        _ => "other",
    };
    println!("{owned} {described} {}", owned == "double");
}
