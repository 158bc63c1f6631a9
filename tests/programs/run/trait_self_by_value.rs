trait IntoLabel {
    fn into_label(self) -> String;
    fn label_len(self) -> usize
    where
        Self: Sized,
    {
        self.into_label().len()
    }
}

struct Ticket {
    id: u32,
    owner: String,
}

impl IntoLabel for Ticket {
    fn into_label(self) -> String {
        format!("#{} for {}", self.id, self.owner)
    }
}

impl Drop for Ticket {
    fn drop(&mut self) {
        println!("ticket {} dropped", self.id);
    }
}

fn main() {
    let t = Ticket { id: 7, owner: String::from("Sam") };
    let label = t.into_label();
    println!("{}", label);
    let u = Ticket { id: 8, owner: String::from("Kim") };
    println!("{}", u.label_len());
    println!("end");
}
