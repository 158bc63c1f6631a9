fn main() {
    let mut n = 0;
    let mut f: Box<dyn FnMut()> = Box::new(move || { n += 1; println!("{n}"); });
    let g = &mut f;
    f(); //~ ERROR E0499
    g();
}
