// `Box<dyn FnOnce()>` is called once: the call consumes the box.
fn main() {
    let message = String::from("goodbye");
    let farewell: Box<dyn FnOnce()> = Box::new(move || {
        let owned = message;
        println!("{owned}");
    });
    println!("before");
    farewell();
    println!("after");
}
