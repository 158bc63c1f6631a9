fn main() {
    let inputs = vec![Some(2), None];
    let Some(a) = inputs[0] else { panic!("first input missing") };
    println!("a = {a}");
    let Some(b) = inputs[1] else { panic!("second input missing: {:?}", inputs) };
    println!("b = {b}");
}
