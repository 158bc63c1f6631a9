#[derive(Debug, Clone, PartialEq)]
struct Wrapper<T> {
    inner: T,
}

#[derive(Debug)]
struct Labeled<T>(&'static str, T);

fn wrap<T>(inner: T) -> Wrapper<T> {
    Wrapper { inner }
}

fn main() {
    let a = wrap(1);
    let b = wrap(wrap(2));
    let c = wrap(vec![wrap('x'), wrap('y')]);
    println!("{:?}", a);
    println!("{:?}", b);
    println!("{:?}", c);
    println!("{:#?}", b);
    let d = Labeled("pair", (wrap(1.5), wrap(String::from("s"))));
    println!("{:?}", d);
    println!("{:#?}", d);
    println!("{} {}", a == wrap(1), b.clone() == wrap(wrap(3)));
    println!("{}", b.inner.inner + a.inner);
}
