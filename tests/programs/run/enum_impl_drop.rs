#[derive(Debug)]
enum Connection {
    Closed,
    Open { id: u32, peer: String },
}

impl Drop for Connection {
    fn drop(&mut self) {
        match self {
            Connection::Closed => println!("dropping a closed connection"),
            Connection::Open { id, peer } => println!("closing #{id} to {peer}"),
        }
    }
}

fn open(id: u32, peer: &str) -> Connection {
    Connection::Open { id, peer: String::from(peer) }
}

fn main() {
    let a = open(1, "alpha");
    let b = Connection::Closed;
    println!("{:?}", a);
    let moved = a;
    println!("{:?} {:?}", b, moved);
    drop(moved);
    println!("end");
}
