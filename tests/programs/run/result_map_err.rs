fn parse(flag: bool) -> Result<u32, u32> {
    if flag { Ok(10) } else { Err(404) }
}

fn main() {
    let a = parse(true).map(|v| v + 1).map_err(|code| format!("code {}", code));
    let b = parse(false).map(|v| v + 1).map_err(|code| format!("code {}", code));
    println!("{:?} {:?}", a, b);
}
