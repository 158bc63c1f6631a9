struct Marker;

fn main() {
    let markers = [Marker, Marker];
    let mut it = markers.iter();
    let first = it.next(); //~ UNSUPPORTED
    println!("{}", first.is_some());
}
