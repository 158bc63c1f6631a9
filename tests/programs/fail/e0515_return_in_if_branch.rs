fn choose(flag: bool, fallback: &String) -> &String {
    let local = String::from("local");
    if flag {
        return &local; //~ ERROR E0515
    }
    fallback
}

fn main() {
    let f = String::from("f");
    println!("{}", choose(false, &f));
}
