fn main() {
    let inputs = ["3.25", "-0.5", "1e3", "inf", "-infinity", ".5", "5.", "abc", "", " 1.0"];
    for text in inputs {
        match text.parse::<f64>() {
            Ok(x) => println!("{:?} ok {}", text, x),
            Err(e) => println!("{:?} err {} ({:?})", text, e, e),
        }
    }
    let small: f32 = "0.1".parse().unwrap();
    println!("{}", small);
    let nan: f64 = "NaN".parse().unwrap();
    println!("{}", nan.is_nan());
}
