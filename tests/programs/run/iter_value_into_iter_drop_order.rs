struct Noisy(&'static str);

impl Drop for Noisy {
    fn drop(&mut self) {
        println!("drop {}", self.0);
    }
}

fn main() {
    let v = vec![Noisy("a"), Noisy("b"), Noisy("c"), Noisy("d")];
    let mut it = v.into_iter();
    let first = it.next().unwrap();
    println!("took {}", first.0);
    {
        let second = it.next().unwrap();
        println!("took {}", second.0);
    }
    println!("dropping the iterator");
    drop(it);
    println!("end of main");
}
