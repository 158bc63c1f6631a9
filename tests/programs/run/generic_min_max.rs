fn min_max<T: PartialOrd + Copy>(values: &[T]) -> (T, T) {
    let mut min = values[0];
    let mut max = values[0];
    for &v in values {
        if v < min {
            min = v;
        }
        if v > max {
            max = v;
        }
    }
    (min, max)
}

fn clamp<T: PartialOrd>(value: T, low: T, high: T) -> T {
    if value < low {
        low
    } else if value > high {
        high
    } else {
        value
    }
}

fn main() {
    println!("{:?}", min_max(&[3, -7, 12, 0]));
    println!("{:?}", min_max(&[2.5, -0.5, 9.75]));
    println!("{:?}", min_max(&['q', 'b', 'z']));
    println!("{:?}", min_max(&[true, false]));
    println!("{} {} {}", clamp(15, 0, 10), clamp(-3, 0, 10), clamp(4, 0, 10));
    println!("{}", clamp(String::from("m"), String::from("c"), String::from("k")));
    println!("{}", clamp("apple", "banana", "cherry"));
}
