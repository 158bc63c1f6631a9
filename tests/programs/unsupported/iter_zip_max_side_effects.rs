fn main() {
    let short = vec![1, 2];
    let best = (0..=4) //~ UNSUPPORTED
        .map(|x| {
            println!("visit {x}");
            x
        })
        .zip(short.iter())
        .map(|(a, b)| a * *b as i32)
        .max();
    println!("{:?}", best);
}
