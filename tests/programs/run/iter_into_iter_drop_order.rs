struct Noisy(&'static str);

impl Drop for Noisy {
    fn drop(&mut self) {
        println!("drop {}", self.0);
    }
}

fn main() {
    let v = vec![Noisy("a"), Noisy("b"), Noisy("c")];
    for n in v.into_iter() {
        println!("got {}", n.0);
    }
    println!("after loop");
    let w = vec![Noisy("x"), Noisy("y")];
    for n in w {
        println!("body {}", n.0);
        let _keep = n;
        println!("end of body");
    }
    println!("done");
}
