#[derive(Debug, Clone, Copy)]
enum Status {
    Ok = 200,
    NotFound = 404,
    Teapot = 418,
    Error = 500,
}

#[derive(Debug)]
enum Level {
    Low = -1,
    Mid,
    High,
}

fn main() {
    let all = vec![Status::Ok, Status::NotFound, Status::Teapot, Status::Error];
    let codes = vec![Status::Ok as i32, Status::NotFound as i32, Status::Teapot as i32];
    println!("{:?}", codes);
    let s = Status::Error;
    println!("{:?} = {}", s, s as u16);
    println!("{} {} {}", Level::Low as i8, Level::Mid as i32, Level::High as i64);
    println!("{:?}", Level::Mid);
    let _ = all;
}
