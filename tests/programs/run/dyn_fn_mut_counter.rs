fn call_three_times(f: &mut dyn FnMut()) {
    f();
    f();
    f();
}

fn main() {
    let mut count = 0;
    let mut tick = move || {
        count += 1;
        println!("tick {count}");
    };
    call_three_times(&mut tick);
    tick();
}
