#[derive(Debug)]
enum Json {
    Null,
    Bool(bool),
    Text(String),
    List(Vec<String>),
}

fn render(j: &Json) -> String {
    match j {
        Json::Null => String::from("null"),
        Json::Bool(true) => String::from("true"),
        Json::Bool(false) => String::from("false"),
        Json::Text(t) => {
            let mut s = String::from("\"");
            s.push_str(t);
            s.push('"');
            s
        }
        Json::List(items) => {
            let mut s = String::from("[");
            let mut first = true;
            for item in items {
                if !first {
                    s.push_str(", ");
                }
                first = false;
                s.push_str(item);
            }
            s.push(']');
            s
        }
    }
}

fn main() {
    let parts = vec![Json::Null, Json::Bool(true), Json::Text(String::from("hi"))];
    let mut rendered = Vec::new();
    for p in &parts {
        rendered.push(render(p));
    }
    let doc = Box::new(Json::List(rendered));
    println!("{}", render(&doc));
    match *doc {
        Json::List(items) => println!("{} items, last {:?}", items.len(), items.last()),
        other => println!("not a list: {:?}", other),
    }
}
