// A boxed `FnOnce` borrowing a local, called once.
fn main() {
    let mut log = Vec::new();
    let finish: Box<dyn FnOnce(&str) + '_> = Box::new(|msg| log.push(msg.len()));
    finish("done");
    log.push(0);
    println!("{log:?}");
}
