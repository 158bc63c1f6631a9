#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord, Hash)]
struct Employee {
    department: String,
    level: u8,
    name: String,
}

fn employee(department: &str, level: u8, name: &str) -> Employee {
    Employee { department: department.to_string(), level, name: name.to_string() }
}

fn main() {
    let mut staff = vec![
        employee("sales", 2, "Bo"),
        employee("eng", 3, "Al"),
        employee("eng", 1, "Cy"),
        employee("sales", 2, "Ax"),
    ];
    staff.sort();
    for e in &staff {
        println!("{} {} {}", e.department, e.level, e.name);
    }
    let probe = employee("eng", 1, "Cy");
    println!("{} {}", staff.contains(&probe), staff[0] == probe);
    println!("{} {}", staff[0] < staff[1], staff[3] > staff[2]);
    let mut copy = staff.clone();
    copy.reverse();
    println!("{:?}", copy[0]);
    println!("{}", copy == staff);
}
