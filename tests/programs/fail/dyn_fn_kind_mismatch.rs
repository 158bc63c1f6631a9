fn main() {
    let mut count = 0;
    let increment = move || { //~ ERROR E0525
        count += 1;
        println!("{count}");
    };
    let f: Box<dyn Fn()> = Box::new(increment);
    f();
}
