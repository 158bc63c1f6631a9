// The values compared by assert_eq! are only borrowed.
fn main() {
    let expected: i128 = -170141183460469231731687303715884105728;
    let computed = i128::MIN;
    assert_eq!(expected, computed);
    let big = u64::MAX;
    let copy = big;
    assert_eq!(big, copy);
    println!("{} {}", big, copy);
    let c = 'z';
    assert_eq!(c, 'z', "char check");
    let f = 1e-7f32;
    assert_eq!(f * 10.0, 1e-6, "scaled {}", f);
    println!("done");
}
