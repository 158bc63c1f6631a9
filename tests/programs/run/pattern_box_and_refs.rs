#[derive(Debug)]
enum List {
    Cons(i32, Box<List>),
    Nil,
}

use List::{Cons, Nil};

fn sum(list: &List) -> i32 {
    match list {
        Cons(value, rest) => value + sum(rest),
        Nil => 0,
    }
}

fn len(list: &List) -> usize {
    if let Cons(_, rest) = list { 1 + len(rest) } else { 0 }
}

fn main() {
    let list = Cons(1, Box::new(Cons(2, Box::new(Cons(3, Box::new(Nil))))));
    println!("{:?}", list);
    println!("sum {} len {}", sum(&list), len(&list));
    let Cons(head, tail) = list else { return };
    println!("head {head}, tail {:?}", tail);
    match *tail {
        Cons(next, _) => println!("next {next}"),
        Nil => println!("end"),
    }
}
