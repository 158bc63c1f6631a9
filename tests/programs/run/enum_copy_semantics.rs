#[derive(Debug, Clone, Copy, PartialEq)]
enum Unit {
    Meters,
    Feet,
}

#[derive(Debug, Clone, Copy)]
struct Length {
    value: u32,
    unit: Unit,
}

#[derive(Debug, Clone)]
enum Label {
    Short(char),
    Long(String),
}

fn to_meters(l: Length) -> Length {
    match l.unit {
        Unit::Meters => l,
        Unit::Feet => Length { value: l.value * 3 / 10, unit: Unit::Meters },
    }
}

fn main() {
    let a = Length { value: 100, unit: Unit::Feet };
    let b = to_meters(a);
    println!("{:?} -> {:?}", a, b);
    let u = a.unit;
    let v = u;
    println!("{:?} {:?} {}", u, v, u == v);
    let long = Label::Long(String::from("long label"));
    let copy = long.clone();
    let moved = long;
    println!("{:?} {:?}", copy, moved);
    let short = Label::Short('s');
    if let Label::Short(c) = short {
        println!("char {c}");
    }
}
