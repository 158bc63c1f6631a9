fn main() {
    let text = "a1b2 C";
    let letters = text.chars().filter(char::is_ascii_alphabetic).count();
    let has_digit = text.chars().any(char::is_numeric);
    let all_alpha = text.chars().all(char::is_alphabetic);
    let upper: String = text.chars().map(|c| c.to_ascii_uppercase()).collect();
    println!("{} {} {} {}", letters, has_digit, all_alpha, upper);
}
