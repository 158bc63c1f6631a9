fn main() {
    let v = vec![1, 2, 3];
    let mut it = v.into_iter();
    let w: Vec<i32> = it.filter(|x| x % 2 == 1).collect();
    println!("{:?} {:?}", w, it.next()); //~ ERROR E0382
}
