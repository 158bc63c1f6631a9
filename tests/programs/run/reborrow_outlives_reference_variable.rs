fn main() {
    let s = String::from("kept");
    let r;
    {
        let short = &s;
        r = &*short;
    }
    println!("{r}");
}
