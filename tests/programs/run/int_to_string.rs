// Numbers turned into Strings, with the capacity std gives them.
fn main() {
    let a = 42.to_string();
    let b = (-7i64).to_string();
    let c = 255u8.to_string();
    let d = 3.5f64.to_string();
    let e = true.to_string();
    let f = 'x'.to_string();
    let g = u128::MAX.to_string();
    let h = (-1i8).to_string();
    let i = 0usize.to_string();
    let j = 1e21.to_string();
    println!("{:?} len {} cap {}", a, a.len(), a.capacity());
    println!("{:?} len {} cap {}", b, b.len(), b.capacity());
    println!("{:?} len {} cap {}", c, c.len(), c.capacity());
    println!("{:?} len {} cap {}", d, d.len(), d.capacity());
    println!("{:?} len {} cap {}", e, e.len(), e.capacity());
    println!("{:?} len {} cap {}", f, f.len(), f.capacity());
    println!("{:?} len {} cap {}", g, g.len(), g.capacity());
    println!("{:?} len {} cap {}", h, h.len(), h.capacity());
    println!("{:?} len {} cap {}", i, i.len(), i.capacity());
    println!("{:?} len {} cap {}", j, j.len(), j.capacity());
    let mut label = 7u16.to_string();
    label.push_str(" apples");
    println!("{} ({})", label, label.capacity());
}
