fn parse_digit(c: char) -> Option<u32> {
    match c {
        '0' => Some(0),
        '1'..='9' => Some(1),
        _ => None,
    }
}

fn main() {
    let input = Some(String::from("  padded  "));
    if let Some(input) = &input {
        println!("[{input}] {}", input.len());
    }
    let value: Option<Option<i32>> = Some(None);
    if let Some(Some(v)) = value {
        println!("inner {v}");
    } else if let Some(None) = value {
        println!("outer only");
    } else {
        println!("nothing");
    }
    let x = 5;
    if let 0..=9 = x {
        println!("single digit");
    }
    let flag = true;
    if let true = flag {
        println!("flag set");
    }
    println!("{:?} {:?}", input, value);
}
