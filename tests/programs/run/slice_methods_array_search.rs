fn main() {
    let mut primes = [13, 2, 7, 5, 11, 3];
    println!("{}", primes.contains(&7));
    primes.sort();
    for needle in [1, 2, 6, 13, 14] {
        match primes.binary_search(&needle) {
            Ok(at) => println!("{needle} at {at}"),
            Err(at) => println!("{needle} would go at {at}"),
        }
    }
    primes.swap(0, 5);
    println!("{:?}", primes);
    primes.reverse();
    println!("{:?} first {:?} last {:?}", primes, primes.first(), primes.last());
    let words = ["b", "a", "c"];
    println!("{} {}", words.contains(&"a"), words.join("-"));
    let mut flags = [false; 4];
    flags.fill(true);
    println!("{:?}", flags);
}
