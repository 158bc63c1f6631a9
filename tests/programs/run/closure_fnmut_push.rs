fn main() {
    let mut log: Vec<String> = Vec::new();
    let mut record = |event: &str| log.push(event.to_string());
    record("start");
    record("stop");
    println!("{:?}", log);
}
