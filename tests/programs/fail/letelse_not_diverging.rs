fn main() {
    let v: Option<u8> = None;
    let Some(x) = v else { //~ ERROR E0308
        println!("none");
    };
    println!("{x}");
}
