// `zip` pairs two options; a `None` on either side gives `None`.
fn main() {
    let width = Some(3);
    let height = Some(4);
    let missing: Option<i32> = None;
    println!("{:?}", width.zip(height));
    println!("{:?}", width.zip(missing));
    println!("{:?}", missing.zip(Some("label")));
    if let Some((w, h)) = width.zip(height) {
        println!("area {}", w * h);
    }
    let name = Some(String::from("ada"));
    let age = Some(36);
    let person = name.zip(age);
    println!("{:?}", person);
}
