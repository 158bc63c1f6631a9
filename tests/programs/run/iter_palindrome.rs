fn is_palindrome(word: &str) -> bool {
    let reversed: String = word.chars().rev().collect();
    reversed == word
}

fn main() {
    for word in ["level", "rust", "été", "abba"] {
        println!("{word}: {}", is_palindrome(word));
    }
    let word = "racecar";
    let half = word.len() / 2;
    let mirrored = word.bytes().take(half).zip(word.bytes().rev().take(half)).all(|(a, b)| a == b);
    println!("{mirrored}");
}
