// A Vec compares equal to a slice or an array holding the same elements,
// in either direction std provides; nothing is moved by the comparison.
fn main() {
    let v: Vec<u8> = vec![104, 105];
    let s = String::from("hi");
    let bytes: &[u8] = s.as_bytes();
    println!("{} {}", v == bytes, bytes == v);
    println!("{} {}", v == [104, 105], v != [104, 106]);
    println!("{} {}", v == &[104, 105], &v == &[104, 105]);
    println!("{} {}", &v == bytes, bytes == &v);

    let names = vec![String::from("ada"), String::from("grace")];
    let fixed = [String::from("ada"), String::from("grace")];
    let part: &[String] = &fixed[..1];
    println!("{} {}", names == fixed, names == part);
    println!("{:?} {:?} {:?}", names, fixed, part);

    let empty: Vec<i32> = Vec::new();
    let none: &[i32] = &[];
    println!("{}", empty == none);
}
