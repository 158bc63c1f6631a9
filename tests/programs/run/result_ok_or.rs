fn find(names: &Vec<String>, wanted: &str) -> Option<usize> {
    let mut i = 0;
    while i < names.len() {
        if names[i] == wanted {
            return Some(i);
        }
        i += 1;
    }
    None
}

fn position(names: &Vec<String>, wanted: &str) -> Result<usize, String> {
    let mut msg = String::from("not found: ");
    msg.push_str(wanted);
    let index = find(names, wanted).ok_or(msg)?;
    Ok(index + 1)
}

fn main() {
    let names = vec![String::from("ann"), String::from("bob"), String::from("cy")];
    println!("{:?}", position(&names, "bob"));
    println!("{:?}", position(&names, "dan"));
    let r: Result<u8, String> = Err(String::from("boom"));
    println!("{:?} {:?}", r.clone().ok(), r.err());
    let fine: Result<u8, String> = Ok(8);
    println!("{} {}", fine.clone().unwrap_or_default(), fine.unwrap_or(0));
}
