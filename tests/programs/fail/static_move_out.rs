// A static is never moved out of: it must stay valid for the whole program.
static BANNER: String = String::new();

fn main() {
    let owned = BANNER; //~ ERROR E0507
    println!("{owned}");
}
