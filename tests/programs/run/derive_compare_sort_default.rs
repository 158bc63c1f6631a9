#[derive(Debug, Clone, Copy, PartialEq, PartialOrd, Default)]
struct Version {
    major: u32,
    minor: u32,
    patch: u32,
}

#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord, Default)]
struct Student {
    grade: u8,
    name: String,
}

#[derive(Debug, Default)]
struct Config {
    verbose: bool,
    level: i32,
    name: String,
    tags: Vec<String>,
    ratio: f64,
    version: Version,
}

struct Money(i64);

impl PartialEq for Money {
    fn eq(&self, other: &Money) -> bool {
        println!("comparing {} and {}", self.0, other.0);
        self.0 / 100 == other.0 / 100
    }
}

fn main() {
    let a = Version { major: 1, minor: 2, patch: 3 };
    let b = Version { major: 1, minor: 10, patch: 0 };
    println!("{} {} {} {}", a == b, a != b, a < b, a >= b);
    println!("{:?}", Version::default());
    let mut students = vec![
        Student { grade: 3, name: String::from("Zoe") },
        Student { grade: 1, name: String::from("Max") },
        Student { grade: 3, name: String::from("Amy") },
    ];
    students.sort();
    println!("{:?}", students);
    let copy = students[0].clone();
    println!("{} {}", copy == students[0], copy < students[1]);
    println!("{}", students.contains(&Student { grade: 1, name: String::from("Max") }));
    let c = Config::default();
    println!("{:?}", c);
    let d: Config = Default::default();
    println!("{:#?}", d.version);
    let x = Money(1050);
    let y = Money(1099);
    println!("{}", x == y);
    println!("{}", x != Money(2000));
    assert_eq!(a, a.clone());
    assert_ne!(a, b);
    println!("done");
}
