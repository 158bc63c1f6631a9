#[derive(Debug)]
struct Config {
    port: Option<u16>,
    host: Option<String>,
}

fn port_plus_one(c: &Config) -> Option<u16> {
    let p = c.port?;
    Some(p + 1)
}

fn host_len(c: &Config) -> Option<usize> {
    let h = c.host.as_ref()?;
    Some(h.len())
}

fn summary(c: &Config) -> Option<String> {
    let len = host_len(c)?;
    let port = port_plus_one(c)?;
    let mut s = String::from("host with ");
    s.push_str(if len > 5 { "long name" } else { "short name" });
    s.push_str(if port > 8000 { ", high port" } else { ", low port" });
    Some(s)
}

fn main() {
    let full = Config { port: Some(8080), host: Some(String::from("localhost")) };
    let partial = Config { port: None, host: Some(String::from("db")) };
    println!("{:?} {:?}", summary(&full), summary(&partial));
    println!("{:?} {:?}", port_plus_one(&partial), host_len(&partial));
    println!("{:?}", full);
}
