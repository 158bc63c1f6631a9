fn main() {
    let temperatures = vec![21.5, 19.0, 23.25];
    let warmest = temperatures.iter().max(); //~ ERROR E0277
    println!("{:?}", warmest);
}
