fn main() {
    let csv = "name,,age,,,city";
    for (i, field) in csv.split(',').filter(|f| !f.is_empty()).enumerate() {
        println!("{i}: {field}");
    }
    let longest = csv.split(',').max_by_key(|f| f.len());
    println!("{:?}", longest);
    let has_age = csv.split(',').any(|f| f == "age");
    println!("{has_age}");
    let position = csv.split(',').position(|f| f == "city");
    println!("{:?}", position);
}
