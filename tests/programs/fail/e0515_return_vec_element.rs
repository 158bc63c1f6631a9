fn biggest(limit: &i32) -> &i32 {
    let v = vec![1, 2, *limit];
    &v[2] //~ ERROR E0515
}

fn main() {
    println!("{}", biggest(&3));
}
