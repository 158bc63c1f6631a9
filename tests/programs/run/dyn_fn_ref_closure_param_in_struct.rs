// A struct holding a borrowed trait object.
struct Button<'a> {
    label: &'a str,
    on_click: &'a dyn Fn(&str) -> usize,
}

fn main() {
    let clicks = String::from("xx");
    let handler = |label: &str| label.len() + clicks.len();
    let button = Button {
        label: "ok",
        on_click: &handler,
    };
    let click = button.on_click;
    println!("{}", click(button.label));
    println!("{clicks}");
}
