fn is_even(n: &i32) -> bool { n % 2 == 0 }
fn show(s: &str) { println!("{s}"); }
fn main() {
    let x = 4;
    let r = &x;
    let rr = &r;
    println!("{}", is_even(rr));
    let s = String::from("hi");
    let sr = &s;
    show(&sr);
    let v = vec![1, 2, 3];
    let c = v.iter().filter(|n| is_even(n)).count();
    println!("{c}");
}
