fn main() {
    let v = vec![1, 3, 4, 5, 7];
    let has_even = v.iter().any(|x| {
        println!("any looks at {x}");
        x % 2 == 0
    });
    println!("has even: {has_even}");
    let all_small = v.iter().all(|&x| {
        println!("all looks at {x}");
        x < 4
    });
    println!("all small: {all_small}");
    let empty: Vec<i32> = vec![];
    println!("{} {}", empty.iter().any(|x| *x > 0), empty.iter().all(|x| *x > 0));
}
