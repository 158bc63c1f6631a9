fn make<T: Default>() -> T {
    T::default()
}

fn pair_of<T: Default + Clone>() -> (T, T) {
    let value = T::default();
    (value.clone(), value)
}

#[derive(Debug, Default, Clone)]
struct Settings {
    width: u32,
    title: String,
    fullscreen: bool,
}

fn main() {
    let n = make::<i32>();
    let s = make::<String>();
    let f: f64 = make();
    let b = make::<bool>();
    let c = make::<char>();
    println!("{} {:?} {} {} {:?}", n, s, f, b, c);
    let v: Vec<u8> = make();
    println!("{:?} {}", v, v.capacity());
    let settings = make::<Settings>();
    println!("{:?}", settings);
    let (x, y) = pair_of::<u64>();
    println!("{} {}", x, y);
    let (a, b) = pair_of::<Settings>();
    println!("{} {}", a.width, b.title.len());
}
