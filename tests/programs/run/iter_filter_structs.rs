#[derive(Debug, Clone)]
struct Student {
    name: String,
    grade: u32,
}

fn main() {
    let students = vec![
        Student { name: String::from("Ann"), grade: 91 },
        Student { name: String::from("Bob"), grade: 72 },
        Student { name: String::from("Cid"), grade: 85 },
    ];
    for s in students.iter().filter(|s| s.grade >= 80) {
        println!("{} passed with {}", s.name, s.grade);
    }
    let honours = students.iter().filter(|s| s.grade > 90).count();
    println!("{honours} with honours");
    let total: u32 = students.iter().map(|s| s.grade).sum();
    println!("average {}", total / students.len() as u32);
    let names: Vec<&String> = students.iter().map(|s| &s.name).collect();
    println!("{:?}", names);
}
