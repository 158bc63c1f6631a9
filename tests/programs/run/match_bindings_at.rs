#[derive(Debug)]
enum Reading {
    Temp(i32),
    Humidity(u8),
    Missing,
}

fn report(r: &Reading) -> String {
    match r {
        Reading::Temp(t @ -10..=35) => {
            let mut s = String::from("normal temperature ");
            s.push_str(if *t < 0 { "(cold)" } else { "(mild)" });
            s
        }
        Reading::Temp(t) => {
            let mut s = String::from("extreme temperature ");
            if *t > 0 {
                s.push('+');
            }
            s
        }
        Reading::Humidity(h @ 0..=30) => format_low(*h),
        Reading::Humidity(_) => String::from("humid"),
        whole @ Reading::Missing => {
            println!("no data in {:?}", whole);
            String::from("missing")
        }
    }
}

fn format_low(h: u8) -> String {
    let mut s = String::from("dry: ");
    if h < 10 {
        s.push_str("very ");
    }
    s
}

fn main() {
    let data = vec![Reading::Temp(20), Reading::Temp(-40), Reading::Humidity(5), Reading::Humidity(70), Reading::Missing];
    for r in &data {
        println!("{:?} -> {}", r, report(r));
    }
}
