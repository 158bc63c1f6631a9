struct Noisy(char);

impl Drop for Noisy {
    fn drop(&mut self) {
        println!("drop {}", self.0);
    }
}

fn main() {
    let keep = Noisy('k');
    let v = vec![Noisy('x'), Noisy('y'), Noisy('z')];
    let mut it = v.into_iter();
    let x = it.next();
    println!("{}", x.is_some());
    println!("end of main");
    let _ = &keep;
}
