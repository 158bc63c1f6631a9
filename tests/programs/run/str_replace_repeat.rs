fn main() {
    let template = "Dear NAME, welcome NAME!";
    let letter = template.replace("NAME", "Ferris");
    println!("{} (len {}, cap {})", letter, letter.len(), letter.capacity());
    let unchanged = template.replace("nobody", "x");
    println!("{} cap {}", unchanged, unchanged.capacity());
    let line = "-".repeat(12);
    println!("{} cap {}", line, line.capacity());
    let s = String::from("a.b.c");
    let spaced = s.replace(".", " . ");
    println!("{:?} cap {}", spaced, spaced.capacity());
    let empty = "".repeat(5);
    println!("{:?} {}", empty, empty.capacity());
}
