// `String::new()` and `Vec::new()` are `const fn`s: a static may hold an
// empty String or Vec, never dropped.
static EMPTY: String = String::new();
static NONE: Vec<i32> = Vec::new();

fn main() {
    println!("[{}] {} {}", EMPTY, EMPTY.len(), NONE.len());
    let copy = EMPTY.clone();
    println!("{}", copy.is_empty());
}
