fn main() {
    let a = [1, 2, 3];
    let b = vec![10, 20];
    for x in a.iter().chain(b.iter()) {
        print!("{x} ");
    }
    println!();
    let all: Vec<i32> = a.iter().chain(b.iter()).copied().collect();
    println!("{:?} {}", all, all.capacity());
    let total: i32 = a.iter().chain(&b).sum();
    println!("{total}");
    let s = &a[1..];
    let n = s.iter().chain(s.iter()).count();
    println!("{n}");
    let r: Vec<i32> = (0..2).chain(5..7).collect();
    println!("{:?}", r);
}
