fn first_even(v: &Vec<u32>) -> Option<u32> {
    let mut i = 0;
    while i < v.len() {
        if v[i] % 2 == 0 {
            return Some(v[i]);
        }
        i += 1;
    }
    None
}

fn half_of_first_even(v: &Vec<u32>) -> Option<u32> {
    let even = first_even(v)?;
    println!("  found {even}");
    Some(even / 2)
}

fn sum_of_lasts(a: &Vec<u32>, b: &Vec<u32>) -> Option<u32> {
    let x = a.last()?;
    let y = b.last()?;
    Some(x + y)
}

fn main() {
    println!("{:?}", half_of_first_even(&vec![3, 5, 12]));
    println!("{:?}", half_of_first_even(&vec![1, 3]));
    println!("{:?}", sum_of_lasts(&vec![1, 2], &vec![10]));
    println!("{:?}", sum_of_lasts(&vec![1, 2], &Vec::new()));
}
