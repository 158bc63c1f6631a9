fn main() {
    let mut s = String::from("x");
    let r;
    {
        let m = &mut s;
        r = &mut *m;
    }
    r.push('y');
    println!("{s}");
}
