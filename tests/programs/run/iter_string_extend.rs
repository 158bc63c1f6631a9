fn main() {
    let mut s = String::from("ab");
    println!("{s} {}", s.capacity());
    s.extend("cdefg".chars());
    println!("{s} {} {}", s.len(), s.capacity());
    s.extend(["hi", "jk"].iter().map(|w| *w));
    println!("{s} {} {}", s.len(), s.capacity());
    let letters = vec!['x', 'y'];
    s.extend(&letters);
    println!("{s} {}", s.capacity());
    let mut shout = String::new();
    shout.extend("a b c".split_whitespace().map(|w| w.to_string() + "!"));
    println!("{shout} {}", shout.capacity());
    let mut digits = String::new();
    digits.extend((0..12).filter(|d| d % 3 == 0).map(|d| if d < 10 { '0' } else { 'X' }));
    println!("{digits} {}", digits.capacity());
    let mut word = String::with_capacity(2);
    word.extend("héllo".chars().rev());
    println!("{word} {}", word.capacity());
}
