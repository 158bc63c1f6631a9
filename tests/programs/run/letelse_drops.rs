struct Noisy(&'static str);

impl Drop for Noisy {
    fn drop(&mut self) {
        println!("drop {}", self.0);
    }
}

fn pick(items: &mut Vec<Noisy>) -> u32 {
    let _marker = Noisy("marker");
    let Some(last) = items.pop() else {
        println!("nothing to pick");
        return 0;
    };
    println!("picked {}", last.0);
    1
}

fn main() {
    let mut items = vec![Noisy("one")];
    println!("{}", pick(&mut items));
    println!("{}", pick(&mut items));
    println!("end");
}
