use std::mem::size_of;

#[allow(dead_code)]
enum Small {
    A,
    B,
    C,
}

#[allow(dead_code)]
enum Message {
    Quit,
    Move { x: i32, y: i32 },
    Write(String),
    Color(u8, u8, u8),
}

#[allow(dead_code)]
#[repr(u8)]
enum Byte {
    Zero = 0,
    Max = 255,
}

fn main() {
    println!("Small: {}", size_of::<Small>());
    println!("Message: {}", size_of::<Message>());
    println!("Option<Message>: {}", size_of::<Option<Message>>());
    println!("Byte: {}", size_of::<Byte>());
    println!("Option<Box<i32>>: {} vs Box<i32>: {}", size_of::<Option<Box<i32>>>(), size_of::<Box<i32>>());
    println!("Option<&u8>: {}", size_of::<Option<&u8>>());
    println!("Option<u32>: {}", size_of::<Option<u32>>());
    println!("Option<String>: {}", size_of::<Option<String>>());
    println!("Result<u8, String>: {}", size_of::<Result<u8, String>>());
    println!("Option<bool>: {} Option<char>: {}", size_of::<Option<bool>>(), size_of::<Option<char>>());
    let m = Message::Write(String::from("hello"));
    println!("{}", std::mem::size_of_val(&m));
}
