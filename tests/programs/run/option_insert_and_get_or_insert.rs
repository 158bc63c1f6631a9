#[derive(Debug)]
struct Noisy(&'static str);

impl Drop for Noisy {
    fn drop(&mut self) {
        println!("drop {}", self.0);
    }
}

fn cached(slot: &mut Option<String>, calls: &mut u32) -> usize {
    let value = slot.get_or_insert_with(|| {
        *calls += 1;
        String::from("computed")
    });
    value.len()
}

fn main() {
    let mut slot: Option<i32> = None;
    *slot.insert(4) += 1;
    println!("{:?}", slot);
    let again = slot.get_or_insert(100);
    *again *= 10;
    println!("{:?}", slot);
    let mut cache = None;
    let mut calls = 0;
    println!("{} {}", cached(&mut cache, &mut calls), cached(&mut cache, &mut calls));
    println!("{:?} {}", cache, calls);
    let mut held = Some(Noisy("a"));
    let fresh = held.insert(Noisy("b"));
    println!("now {:?}", fresh);
    let unused = held.get_or_insert(Noisy("c"));
    println!("still {:?}", unused);
    let mut empty: Option<Vec<u8>> = None;
    empty.get_or_insert_with(|| Vec::with_capacity(2)).push(1);
    println!("{:?} {}", empty, empty.as_ref().map_or(0, |v| v.capacity()));
}
