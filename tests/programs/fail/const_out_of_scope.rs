// A constant declared in an inner block is not visible outside it.
fn main() {
    {
        const STEP: i32 = 2;
        println!("{}", STEP);
    }
    println!("{}", STEP); //~ ERROR E0425
}
