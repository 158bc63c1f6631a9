use std::mem;

struct Named(String);

impl Drop for Named {
    fn drop(&mut self) {
        println!("drop {}", self.0);
    }
}

struct Holder {
    current: Named,
}

impl Holder {
    fn swap_in(&mut self, next: Named) -> Named {
        mem::replace(&mut self.current, next)
    }
}

fn main() {
    let mut h = Holder { current: Named(String::from("first")) };
    let old = h.swap_in(Named(String::from("second")));
    println!("took out {}", old.0);
    drop(old);
    let mut a = Named(String::from("a"));
    let mut b = Named(String::from("b"));
    mem::swap(&mut a, &mut b);
    println!("a holds {}, b holds {}", a.0, b.0);
}
