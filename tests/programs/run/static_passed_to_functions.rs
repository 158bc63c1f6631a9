static PRIMES: [u64; 5] = [2, 3, 5, 7, 11];
static NAME: &str = "primes";

fn sum(values: &[u64]) -> u64 {
    values.iter().sum()
}

fn shout(text: &str) -> String {
    text.to_uppercase()
}

fn main() {
    println!("{}", sum(&PRIMES));
    println!("{}", sum(&PRIMES[1..3]));
    println!("{}", shout(NAME));
    println!("{}", NAME.len());
}
