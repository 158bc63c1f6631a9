// Two closures mutating the same local, both alive as trait objects.
fn main() {
    let mut count = 0;
    let mut inc = || count += 1;
    let mut dec = || count -= 1; //~ ERROR E0499
    let a: &mut dyn FnMut() = &mut inc;
    let b: &mut dyn FnMut() = &mut dec;
    a();
    b();
}
