fn largest<T: PartialOrd>(list: &[T]) -> T {
    let mut largest = list[0]; //~ ERROR E0508
    for &item in list { //~ ERROR E0507
        if item > largest {
            largest = item;
        }
    }
    largest
}

fn main() {
    let numbers = vec![34, 50, 25, 100, 65];
    println!("The largest number is {}", largest(&numbers));
}
