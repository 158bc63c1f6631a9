// Slice patterns through an explicit `&` bind copies of the elements.
fn sum_ends(s: &[u32]) -> u32 {
    match s {
        &[] => 0,
        &[only] => only,
        &[a, .., b] => a + b,
    }
}
fn main() {
    let data = [10, 20, 30];
    println!("{} {} {}", sum_ends(&data), sum_ends(&data[..1]), sum_ends(&data[..0]));
    let pairs = [(1, 'a'), (2, 'b')];
    if let [(n, c), ..] = &pairs[..] {
        println!("{n} {c}");
    }
}
