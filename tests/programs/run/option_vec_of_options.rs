fn main() {
    let mut v: Vec<Option<String>> = vec![Some(String::from("a")), None, Some(String::from("c"))];
    let mut i = 0;
    while i < v.len() {
        match &v[i] {
            Some(s) if s == "a" => println!("found a at {i}"),
            Some(s) => println!("other {s}"),
            None => println!("hole at {i}"),
        }
        i += 1;
    }
    let taken = v[0].take();
    println!("{:?} {:?}", taken, v);
    v[1] = Some(String::from("b"));
    println!("{:?}", v);
    let s = String::from("x");
    let o = Some(s);
    let r = match o {
        Some(ref x) if x.len() == 1 => 1,
        Some(_) => 2,
        None => 3,
    };
    println!("{r} {:?}", o);
}
