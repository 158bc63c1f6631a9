#[derive(Debug)]
enum Event {
    Key(char),
    Click { x: i32, y: i32 },
    Resize(u32, u32),
    Quit,
}

fn handle(e: &Event) -> String {
    if let Event::Key(c) = e {
        let mut s = String::from("key ");
        s.push(*c);
        s
    } else if let Event::Click { x, y: 0 } = e {
        let mut s = String::from("click on top row, x>0: ");
        s.push_str(if *x > 0 { "yes" } else { "no" });
        s
    } else if let Event::Resize(w, h) = e {
        if w > h { String::from("landscape") } else { String::from("portrait") }
    } else {
        String::from("other")
    }
}

fn main() {
    let events = vec![Event::Key('q'), Event::Click { x: 4, y: 0 }, Event::Click { x: 4, y: 9 }, Event::Resize(800, 600), Event::Quit];
    for e in &events {
        println!("{:?}: {}", e, handle(e));
    }
}
