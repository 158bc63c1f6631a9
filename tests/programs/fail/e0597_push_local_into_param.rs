fn remember<'a>(log: &mut Vec<&'a String>) {
    let entry = String::from("temporary entry");
    log.push(&entry); //~ ERROR E0597
}

fn main() {
    let mut log = Vec::new();
    remember(&mut log);
    println!("{}", log.len());
}
