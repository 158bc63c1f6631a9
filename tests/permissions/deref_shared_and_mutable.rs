// `*r` behind a shared reference can only be read; behind a mutable one it
// can be read and written. Neither is owned: a reference does not own what
// it points to. The reference variables themselves are owned, and
// `cursor`, declared `let mut`, can be pointed elsewhere (W) although
// `*cursor` cannot be written.
fn main() {
    let mut x = 1;
    let y = 2;
    let shared = &y;
    let unique = &mut x;
    *unique += *shared;
    let mut cursor = &x;
    println!("{cursor}");
    cursor = &y;
    println!("{cursor} {x} {y}");
}
