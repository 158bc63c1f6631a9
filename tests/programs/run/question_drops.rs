struct Tracker(&'static str);

impl Drop for Tracker {
    fn drop(&mut self) {
        println!("drop {}", self.0);
    }
}

fn step(ok: bool) -> Result<Tracker, String> {
    if ok {
        Ok(Tracker("step result"))
    } else {
        Err(String::from("step failed"))
    }
}

fn run(second_ok: bool) -> Result<u32, String> {
    let _local = Tracker("local");
    let first = step(true)?;
    println!("got first");
    let _second = step(second_ok)?;
    println!("got second");
    drop(first);
    Ok(2)
}

fn main() {
    println!("{:?}", run(true));
    println!("{:?}", run(false));
}
