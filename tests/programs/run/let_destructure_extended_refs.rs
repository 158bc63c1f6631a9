fn main() {
    let a = 1;
    let b = 2;
    let (x, y) = (&&a, &&b);
    println!("{} {}", x, y);
    let p = (&&a, 5);
    let q = [&&a, &&b];
    println!("{:?} {:?}", p, q);
}
