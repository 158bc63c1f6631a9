fn copy_into(src: &Vec<i32>, dest: &mut Vec<i32>) {
    dest.push(src[0]);
}

fn main() {
    let mut v = vec![1, 2];
    copy_into(&v, &mut v); //~ ERROR E0502
    println!("{:?}", v);
}
