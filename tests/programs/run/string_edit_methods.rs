fn main() {
    let mut s = String::with_capacity(4);
    println!("len {} cap {}", s.len(), s.capacity());
    s.push_str("rust");
    println!("{} cap {}", s, s.capacity());
    s.insert(0, '>');
    println!("{} cap {}", s, s.capacity());
    s.insert_str(1, " ");
    println!("{} cap {}", s, s.capacity());
    let removed = s.remove(0);
    println!("removed {:?}, now {:?}", removed, s);
    s.truncate(3);
    println!("{:?} cap {}", s, s.capacity());
    s.clear();
    println!("{:?} empty {} cap {}", s, s.is_empty(), s.capacity());
    s.shrink_to_fit();
    println!("cap after shrink {}", s.capacity());
}
