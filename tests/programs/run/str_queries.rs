fn main() {
    let line = "   The Quick Brown Fox   ";
    let trimmed = line.trim();
    println!("[{}] [{}] [{}]", trimmed, line.trim_start(), line.trim_end());
    println!("{} {}", trimmed.len(), line.len());
    println!("{}", trimmed.starts_with("The"));
    println!("{}", trimmed.ends_with("fox"));
    println!("{}", trimmed.contains("Brown"));
    let upper = trimmed.to_uppercase();
    let lower = trimmed.to_lowercase();
    println!("{} {} cap {}", upper, lower, lower.capacity());
    let owned = String::from("Grüße");
    println!("{} {} {}", owned.to_uppercase(), owned.to_uppercase().len(), owned.is_empty());
    println!("{}", "".is_empty());
}
