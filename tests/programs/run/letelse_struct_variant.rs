#[derive(Debug)]
enum Request {
    Get { path: String, id: Option<u32> },
    Delete(u32),
}

fn describe(req: &Request) -> String {
    let Request::Get { path, id: Some(id) } = req else {
        let mut s = String::from("not a get with an id: ");
        if let Request::Delete(n) = req {
            s.push_str(if *n > 100 { "big delete" } else { "small delete" });
        } else {
            s.push_str("get without id");
        }
        return s;
    };
    let mut out = path.clone();
    out.push_str(if *id > 10 { " (high id)" } else { " (low id)" });
    out
}

fn main() {
    let reqs = vec![
        Request::Get { path: String::from("/users"), id: Some(42) },
        Request::Get { path: String::from("/home"), id: None },
        Request::Delete(7),
        Request::Delete(700),
    ];
    for r in &reqs {
        println!("{}", describe(r));
    }
}
