struct Holder;

impl Holder {
    fn run<F: Fn()>(&self, f: F) {
        f();
    }
}

fn main() {
    let mut n = 0;
    Holder.run(|| n += 1); //~ ERROR E0594
    println!("{}", n);
}
