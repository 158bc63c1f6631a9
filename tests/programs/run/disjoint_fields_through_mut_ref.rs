struct Pair {
    a: Vec<i32>,
    b: Vec<i32>,
}

fn move_first(p: &mut Pair) {
    let from = &p.a;
    let to = &mut p.b;
    to.push(from[0]);
}

fn main() {
    let mut p = Pair { a: vec![1], b: vec![0] };
    move_first(&mut p);
    println!("{:?} {:?}", p.a, p.b);
}
