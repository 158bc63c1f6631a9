struct Noisy(u8);

impl Drop for Noisy {
    fn drop(&mut self) {
        println!("drop {}", self.0);
    }
}

fn main() {
    let v = vec![Noisy(1), Noisy(2), Noisy(3)];
    let mut it = v.into_iter();
    for n in &mut it {
        println!("got {}", n.0);
        if n.0 == 2 {
            break;
        }
    }
    println!("left: {}", it.len());
    for n in it {
        println!("then {}", n.0);
    }
    println!("done");
}
