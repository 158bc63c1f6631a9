fn total(v: Vec<i32>) -> i32 {
    v[0] + v[1]
}

fn main() {
    let v = vec![1, 2];
    let second = &v[1];
    let t = total(v); //~ ERROR E0505
    println!("{t} {second}");
}
