fn shout(names: Vec<String>) -> Vec<String> {
    names.into_iter().map(|n| n.to_uppercase()).collect()
}

fn keep_short(names: Vec<String>) -> Vec<String> {
    let short = names.into_iter().filter(|n| n.len() < 4).collect::<Vec<_>>();
    short
}

fn main() {
    let names = vec![String::from("ann"), String::from("bobby")];
    let loud = shout(names);
    println!("{:?} len {} cap {}", loud, loud.len(), loud.capacity());
    let short = keep_short(loud);
    println!("{:?} len {} cap {}", short, short.len(), short.capacity());
}
