fn main() {
    let v = vec![1, 2, 3, 4, 5];
    let mut it = v.iter();
    for x in &mut it {
        if *x == 2 {
            break;
        }
        println!("skipped {x}");
    }
    println!("after the loop: {:?}", it.next());
    for x in &mut it {
        println!("then {x}");
    }
    println!("{:?}", it.next());
}
