fn main() {
    let name = String::from("Ann");
    let greeting = &name;
    let keep = true;
    if keep {
        let owned = name; //~ ERROR E0505
        println!("{owned}");
    }
    println!("{greeting}");
}
