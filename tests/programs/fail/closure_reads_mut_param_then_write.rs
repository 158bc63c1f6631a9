fn bump(calls: &mut u32) {
    let show = || println!("{}", *calls);
    *calls += 1; //~ ERROR E0506
    show();
}

fn main() {
    let mut n = 0;
    bump(&mut n);
}
