// A failing assert_eq! panics after the output so far.
fn area(width: u32, height: u32) -> u32 {
    width * height
}

fn main() {
    println!("checking areas");
    assert_eq!(area(3, 4), 12);
    println!("3 x 4 ok");
    assert_eq!(area(5, 5), 24);
    println!("not printed");
}
