struct Letter(char);

fn main() {
    let letters = vec![Letter('a'), Letter('b'), Letter('c')];
    let picked: Vec<char> = letters //~ UNSUPPORTED
        .into_iter()
        .filter_map(|l| if l.0 != 'b' { Some(l.0) } else { None })
        .collect();
    println!("{:?} {}", picked, picked.capacity());
}
