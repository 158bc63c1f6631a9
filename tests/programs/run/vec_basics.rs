fn main() {
    let mut v = Vec::new();
    println!("{} {}", v.len(), v.capacity());
    for i in 0..9 {
        v.push(i * 10);
        print!("{}/{} ", v.len(), v.capacity());
    }
    println!();
    println!("{:?} {}", v, v[3]);
    let mut names: Vec<String> = Vec::with_capacity(2);
    names.push(String::from("ada"));
    names.push(String::from("grace"));
    names.push(String::from("linus"));
    println!("{:?} cap {}", names, names.capacity());
    let first = &names[0];
    println!("{first} {}", first.len());
    let copies = names.clone();
    println!("{:#?}", copies);
    let zeros = vec![0u8; 5];
    let listed = vec![1, 2, 3];
    println!("{:?} {:?} {}", zeros, listed, listed.capacity());
    let mut total = 0;
    for x in &listed {
        total += *x;
    }
    let mut doubled = vec![1, 2, 3];
    for x in &mut doubled {
        *x *= 2;
    }
    println!("{total} {:?}", doubled);
    let mut bytes: Vec<u8> = Vec::new();
    bytes.push(1);
    println!("{}", bytes.capacity());
    let mut big: Vec<(u64, u64)> = Vec::new();
    big.push((1, 2));
    println!("{}", big.capacity());
}
