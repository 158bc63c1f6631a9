// A borrow of a static outlives every block: nothing drops the static.
static NUMBERS: [i32; 4] = [4, 8, 15, 16];

fn main() {
    let r;
    {
        let local = 1;
        r = &NUMBERS[local];
    }
    println!("{}", r);
    let total: i32 = NUMBERS.iter().sum();
    println!("{total}");
}
