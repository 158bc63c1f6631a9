// Two `..` patterns that leave the shortest slices uncovered.
fn main() {
    let v = [1, 2, 3, 4, 5];
    match &v[..] { //~ ERROR E0004
        [_, _, ..] => {}
        [_, .., 3] => {}
    }
}
