fn main() {
    let r;
    {
        let x = String::from("short-lived");
        r = &x; //~ ERROR E0597
    }
    println!("{r}");
}
