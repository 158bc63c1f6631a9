// What a drain does not hand out is dropped when it ends, in order, before
// the tail moves down.
struct Noisy(i32);
impl Drop for Noisy {
    fn drop(&mut self) {
        println!("drop {}", self.0);
    }
}
fn main() {
    let mut v: Vec<Noisy> = (0..6).map(|i| Noisy(i)).collect();
    println!("start");
    for x in v.drain(1..5) {
        println!("got {}", x.0);
        if x.0 == 2 {
            break;
        }
    }
    println!("left {} capacity {}", v.len(), v.capacity());
    let mut m = vec![Noisy(10), Noisy(11), Noisy(12)];
    let count = m.drain(..2).count();
    println!("counted {} left {}", count, m.len());
    let found = m.drain(..).find(|n| n.0 == 99).is_some();
    println!("found {}", found);
    println!("end");
}
