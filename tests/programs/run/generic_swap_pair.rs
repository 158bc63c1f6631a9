fn swap<T>(pair: (T, T)) -> (T, T) {
    let (a, b) = pair;
    (b, a)
}

fn first<T: Copy>(items: &[T]) -> T {
    items[0]
}

fn last<T: Clone>(items: &[T]) -> T {
    items[items.len() - 1].clone()
}

fn main() {
    let numbers = swap((1, 2));
    println!("{:?}", numbers);
    let words = swap((String::from("left"), String::from("right")));
    println!("{} {}", words.0, words.1);
    let floats = swap((0.5, -1.25));
    println!("{:?}", floats);
    let chars = ['x', 'y', 'z'];
    println!("{} {}", first(&chars), last(&chars));
    let names = vec![String::from("Ada"), String::from("Grace")];
    let copy = last(&names);
    println!("{} {} {}", copy, names.len(), names[0]);
    let flags = vec![true, false];
    println!("{} {}", first(&flags), last(&flags));
}
