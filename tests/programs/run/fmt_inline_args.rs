// Variables named inside the format string.
fn main() {
    let width = 10;
    let name = String::from("inline");
    let ratio = 0.3333;
    let count = 42u64;
    println!("{name}|{name:>width$}|{name:-^width$}|");
    println!("{ratio:.2} {ratio:?} {ratio:e}");
    println!("{count:#x} {count:08b} {count:+}");
    let message = format!("{name}: {count} items at {ratio:.1}");
    println!("{message} ({})", message.len());
    let precision = 4;
    println!("{ratio:.precision$} {ratio:>width$.precision$}|");
}
