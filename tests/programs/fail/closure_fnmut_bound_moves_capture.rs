fn run<F>(mut f: F)
where
    F: FnMut() -> usize,
{
    println!("{}", f());
}

fn main() {
    let name = String::from("ferris");
    run(move || {
        let taken = name; //~ ERROR E0507
        taken.len()
    });
}
