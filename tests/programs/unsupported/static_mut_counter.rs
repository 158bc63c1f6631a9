static mut COUNTER: u32 = 0; //~ UNSUPPORTED

fn main() {
    unsafe {
        COUNTER += 1;
    }
}
