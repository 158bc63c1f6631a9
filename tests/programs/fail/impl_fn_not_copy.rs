fn make_adder(n: i32) -> impl Fn(i32) -> i32 {
    move |x| x + n
}

fn main() {
    let add = make_adder(1);
    let other = add;
    println!("{}", other(2));
    println!("{}", add(3)); //~ ERROR E0382
}
