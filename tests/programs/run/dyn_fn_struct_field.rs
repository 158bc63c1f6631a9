struct Button {
    label: String,
    on_click: Box<dyn Fn(u32) -> String>,
}

fn main() {
    let prefix = String::from("clicked");
    let button = Button {
        label: String::from("ok"),
        on_click: Box::new(move |n| format!("{prefix} {n} times")),
    };
    let handler = &button.on_click;
    println!("{}: {}", button.label, handler(3));
}
