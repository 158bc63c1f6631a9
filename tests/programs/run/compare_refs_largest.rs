#[derive(Debug, PartialEq, PartialOrd)]
struct Version {
    major: u32,
    minor: u32,
}

fn largest<T: PartialOrd>(list: &[T]) -> &T {
    let mut largest = &list[0];
    for item in list {
        if item > largest {
            largest = item;
        }
    }
    largest
}

fn main() {
    let number_list = vec![34, 50, 25, 100, 65];
    println!("The largest number is {}", largest(&number_list));
    let char_list = vec!['y', 'm', 'a', 'q'];
    println!("The largest char is {}", largest(&char_list));
    let words = ["pear", "apple", "zucchini", "fig"];
    println!("The largest word is {}", largest(&words));
    let floats = [1.5, -2.0, 9.25, 3.0];
    println!("The largest float is {}", largest(&floats));
    let versions = vec![
        Version { major: 1, minor: 4 },
        Version { major: 2, minor: 0 },
        Version { major: 1, minor: 9 },
    ];
    println!("The largest version is {:?}", largest(&versions));
}
