struct Guard(u8);

impl Drop for Guard {
    fn drop(&mut self) {
        println!("drop {}", self.0);
    }
}

fn main() {
    let v = vec![Guard(1), Guard(2), Guard(3), Guard(4)];
    let total: u32 = v.into_iter().map(|g| g.0 as u32).sum();
    println!("total {total}");
    let v = vec![Guard(5), Guard(6), Guard(7)];
    let found = v.into_iter().find(|g| g.0 == 6);
    println!("found {}", found.as_ref().map_or(0, |g| g.0));
    let v = vec![Guard(8), Guard(9), Guard(10)];
    let last = v.into_iter().last();
    println!("last {}", last.as_ref().map_or(0, |g| g.0));
    let v = vec![Guard(11), Guard(12), Guard(13)];
    let kept: Vec<Guard> = Vec::new();
    let n = v.into_iter().filter(|g| g.0 != 12).count();
    println!("kept {n} {}", kept.len());
    println!("end");
}
