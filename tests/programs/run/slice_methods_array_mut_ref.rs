fn tidy(a: &mut [i32; 4]) {
    a.sort();
    a.swap(0, 3);
    if let Some(x) = a.get_mut(1) {
        *x *= 10;
    }
}

fn largest_first(s: &mut [char]) {
    let mut calls = 0;
    s.sort_by_key(|c| {
        calls += 1;
        *c
    });
    s.reverse();
    println!("{calls} key calls");
}

fn main() {
    let mut a = [4, 2, 3, 1];
    tidy(&mut a);
    println!("{:?}", a);
    let mut letters = ['q', 'a', 'z', 'm', 'b'];
    largest_first(&mut letters);
    println!("{:?} {}", letters, letters.len());
    let r = &mut letters;
    r.fill('x');
    println!("{:?} {:?}", letters.first(), letters.to_vec());
}
