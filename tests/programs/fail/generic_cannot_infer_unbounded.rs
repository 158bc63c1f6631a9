fn nothing<T>() -> Vec<T> {
    Vec::new()
}

fn main() {
    let v = nothing(); //~ ERROR E0282
    println!("{}", v.len());
}
