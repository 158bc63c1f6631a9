// `binary_search` finds an element or where it would go; among equal
// elements, std's search picks one by the slice's length alone.
fn main() {
    let sorted = [1, 3, 5, 7, 9, 11];
    for target in 0..13 {
        println!("{} -> {:?}", target, sorted.binary_search(&target));
    }
    let v = vec![10, 20, 30];
    println!("{:?} {:?}", v.binary_search(&20), v.binary_search(&25));
    let empty: Vec<i32> = Vec::new();
    println!("{:?}", empty.binary_search(&1));
    let words = vec!["apple", "banana", "cherry"];
    println!("{:?} {:?}", words.binary_search(&"banana"), words.binary_search(&"blueberry"));
}
