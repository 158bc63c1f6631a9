use std::rc::Rc;

fn main() {
    let first = Rc::new(String::from("config"));
    println!("count after new: {}", Rc::strong_count(&first));
    let second = Rc::clone(&first);
    println!("count after clone: {}", Rc::strong_count(&first));
    {
        let third = first.clone();
        println!("inner count: {} ({})", Rc::strong_count(&third), third);
    }
    println!("count after scope: {}", Rc::strong_count(&first));
    drop(second);
    println!("count after drop: {}", Rc::strong_count(&first));
    println!("len through Rc: {}", first.len());
}
