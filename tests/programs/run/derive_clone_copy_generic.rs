#[derive(Debug, Clone, Copy, PartialEq)]
struct Pair<T> {
    a: T,
    b: T,
}

#[derive(Debug, Clone)]
struct Named {
    name: String,
    tags: Vec<String>,
}

fn main() {
    let p = Pair { a: 1, b: 2 };
    let q = p;
    println!("{:?} {:?} {}", p, q, p == q);
    let f = Pair { a: 0.5, b: 1.5 };
    let mut g = f;
    g.a = 9.0;
    println!("{:?} {:?}", f, g);
    let s = Pair { a: String::from("x"), b: String::from("y") };
    let t = s.clone();
    let moved = s;
    println!("{:?} {:?} {}", moved, t, moved == t);
    let n = Named { name: String::from("cfg"), tags: vec![String::from("a"), String::from("bb")] };
    let mut m = n.clone();
    m.tags.push(String::from("ccc"));
    println!("{:?}", n);
    println!("{:?} {} {}", m, m.tags.capacity(), n.tags.capacity());
}
