fn main() {
    let s1 = String::from("hello");
    let s2 = s1; //@ after the move
    println!("{s2}, world!");
}
