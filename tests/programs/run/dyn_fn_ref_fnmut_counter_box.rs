// A boxed `FnMut` in a local counts into a captured `&mut`.
fn main() {
    let mut count = 0;
    {
        let mut tick: Box<dyn FnMut() -> i32> = Box::new(|| {
            count += 1;
            count
        });
        tick();
        println!("{}", tick());
    }
    count += 100;
    println!("{count}");
}
