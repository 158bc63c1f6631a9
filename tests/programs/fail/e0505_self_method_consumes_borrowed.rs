struct Ticket {
    id: String,
}

impl Ticket {
    fn into_id(self) -> String {
        self.id
    }
}

fn main() {
    let t = Ticket { id: String::from("T-1") };
    let view = &t.id;
    let id = t.into_id(); //~ ERROR E0505
    println!("{view} {id}");
}
