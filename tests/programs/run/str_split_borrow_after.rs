fn main() {
    let record = String::from("id=7;name=ferris;lang=rust");
    let mut keys = Vec::new();
    for pair in record.split(';') {
        let key = pair.split('=').next().unwrap();
        keys.push(key);
    }
    println!("{:?}", keys);
    let mut record = record;
    record.push_str(";x=1");
    println!("{record}");
}
