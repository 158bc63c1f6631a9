fn pick(flag: bool) -> &'static Option<i32> {
    if flag { &Some(7) } else { &None::<i32> }
}

fn main() {
    println!("{:?} {:?}", pick(true), pick(false));
}
