fn main() {
    let b = Box::new(String::from("boxed"));
    let c = b;
    let d = b; //~ ERROR E0382
    println!("{c} {d}");
}
