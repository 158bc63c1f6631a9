struct Pair<T> {
    a: T,
    b: T,
}

fn main() {
    let p: Pair<i32, i32> = Pair { a: 1, b: 2 }; //~ ERROR E0107
    println!("{}", p.a + p.b);
}
