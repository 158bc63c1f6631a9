mod helpers {
    pub fn double(x: i32) -> i32 {
        x * 2
    }
}

fn main() {
    let v = vec![1, 2, 3];
    let doubled: Vec<i32> = v.iter().copied().map(helpers::double).collect();
    println!("{:?}", doubled);
}
