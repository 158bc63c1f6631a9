#[derive(PartialEq, PartialOrd, Debug, Clone, Copy)]
struct Score(u32);

fn count_equal<T: PartialEq>(list: &[T], wanted: &T) -> usize {
    let mut count = 0;
    for item in list {
        if item == wanted {
            count += 1;
        }
    }
    count
}

fn smallest<T: PartialOrd>(list: &[T]) -> &T {
    let mut smallest = &list[0];
    for item in list.iter() {
        if item < smallest {
            smallest = item;
        }
    }
    smallest
}

fn in_order<T: PartialOrd>(a: &T, b: &T) -> bool {
    a <= b
}

fn main() {
    println!("{}", count_equal(&['a', 'b', 'a'], &'a'));
    println!("{}", count_equal(&["x", "y", "x", "x"], &"x"));
    println!("{}", count_equal(&[Score(1), Score(2)], &Score(2)));
    println!("{}", smallest(&[3.5, 0.25, 7.0]));
    println!("{:?}", smallest(&[Score(9), Score(4), Score(6)]));
    println!("{}", smallest(&vec![String::from("pear"), String::from("fig")]));
    println!("{} {}", in_order(&'a', &'b'), in_order(&"b", &"a"));
    println!("{}", in_order(&(1, 'x'), &(1, 'w')));
}
