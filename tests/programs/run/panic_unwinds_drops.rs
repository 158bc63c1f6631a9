struct Noisy(&'static str);

impl Drop for Noisy {
    fn drop(&mut self) {
        println!("drop {}", self.0);
    }
}

fn inner(v: &Vec<u32>, i: usize) -> u32 {
    let _guard = Noisy("inner guard");
    let boxed = Box::new(Noisy("boxed"));
    println!("reading index {i} of {}", v.len());
    let value = v[i];
    println!("never here {}", boxed.0);
    value
}

fn main() {
    let _first = Noisy("first");
    let moved = Noisy("moved away");
    drop(moved);
    let v = vec![1, 2, 3];
    let _second = Noisy("second");
    println!("ok: {}", inner(&v, 1));
    println!("{}", inner(&v, 7));
}
