static TOTALS: [i32; 2] = [1, 2];

fn main() {
    let totals = &mut TOTALS; //~ ERROR E0596
    totals[0] = 5;
}
