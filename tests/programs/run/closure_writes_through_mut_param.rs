fn count_calls(calls: &mut u32, items: &[i32]) -> i32 {
    let mut add = |x: i32| {
        *calls += 1;
        x * 2
    };
    let mut total = 0;
    for &item in items {
        total += add(item);
    }
    total
}

fn main() {
    let mut calls = 0;
    let total = count_calls(&mut calls, &[1, 2, 3]);
    println!("{total} {calls}");
    let counter = &mut calls;
    let mut reset = || *counter = 0;
    reset();
    println!("{calls}");
}
