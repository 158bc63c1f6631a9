fn shuffle(s: &mut [u8]) {
    let head = &mut s[0];
    s.swap(0, 1); //~ ERROR E0499
    *head = 1;
}
fn main() {
    let mut a = [1, 2];
    shuffle(&mut a);
}
