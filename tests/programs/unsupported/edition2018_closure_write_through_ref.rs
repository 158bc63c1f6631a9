//@ edition: 2018
// Before edition 2021, a closure writing through a captured `&mut` takes a
// unique borrow of the variable, which the model does not have.
fn main() {
    let mut total = 0;
    let r = &mut total;
    let mut add = |n: i32| *r += n; //~ UNSUPPORTED
    add(2);
    add(3);
    println!("{}", total);
}
