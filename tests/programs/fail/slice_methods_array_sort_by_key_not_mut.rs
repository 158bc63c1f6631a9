#[derive(Debug)]
struct Rectangle { width: u32 }
fn main() {
    let list = [Rectangle { width: 10 }, Rectangle { width: 3 }];
    list.sort_by_key(|r| r.width); //~ ERROR E0596
    println!("{list:?}");
}
