fn main() {
    let score: u8 = 42;
    let grade = match score { //~ ERROR E0004
        0..=59 => 'F',
        60..=79 => 'C',
        80..=100 => 'A',
    };
    println!("{grade}");
}
