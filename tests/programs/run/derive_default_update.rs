#[derive(Debug, Default, Clone)]
struct Window {
    title: String,
    width: u32,
    height: u32,
    resizable: bool,
    opacity: f32,
}

#[derive(Debug, Default)]
struct App {
    name: String,
    main: Window,
    extra: Vec<Window>,
    version: (u8, u8),
}

fn main() {
    let w = Window::default();
    println!("{:?}", w);
    let big = Window { width: 1920, height: 1080, ..Default::default() };
    println!("{:?}", big);
    let titled = Window { title: String::from("Editor"), ..big.clone() };
    println!("{} {} {}", titled.title, titled.width, big.resizable);
    let app = App { name: String::from("demo"), extra: vec![titled], ..Default::default() };
    println!("{:#?}", app);
    let defaults: (i32, String, bool) = Default::default();
    println!("{:?}", defaults);
}
