fn main() {
    let text = "Mississippi river";
    let s_count = text.chars().filter(|c| *c == 's').count();
    println!("{s_count}");
    let vowels = text
        .chars()
        .filter(|c| matches!(c, 'a' | 'e' | 'i' | 'o' | 'u'))
        .count();
    println!("{vowels} vowels");
    let has_space = text.chars().any(|c| c == ' ');
    let all_letters = text.chars().all(|c| c != ' ');
    println!("{has_space} {all_letters}");
    let first_upper = text.chars().position(|c| c == 'M');
    println!("{:?}", first_upper);
}
