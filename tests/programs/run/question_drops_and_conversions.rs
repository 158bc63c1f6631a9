struct D(u8);
impl Drop for D {
    fn drop(&mut self) {
        println!("drop {}", self.0);
    }
}
fn f(x: Option<D>) -> Option<u8> {
    let d = x?;
    Some(d.0)
}
fn g(flag: bool) -> Result<D, D> {
    if flag {
        Ok(D(1))
    } else {
        Err(D(2))
    }
}
fn main() {
    println!("{:?}", f(Some(D(7))));
    println!("{:?}", f(None));
    match g(true) {
        Ok(d) => println!("ok {}", d.0),
        Err(e) => println!("err {}", e.0),
    }
    let r = g(false);
    if r.is_err() {
        println!("is err");
    }
    let v = r.unwrap_or(D(9));
    println!("got {}", v.0);
    let w = g(true).ok();
    println!("{}", w.is_some());
    let e = g(false).err();
    println!("{}", e.is_some());
}
