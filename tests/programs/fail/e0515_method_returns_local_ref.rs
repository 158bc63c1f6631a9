struct Store {
    prefix: String,
}

impl Store {
    fn full_name(&self, name: &str) -> &String {
        let mut s = self.prefix.clone();
        s.push_str(name);
        &s //~ ERROR E0515
    }
}

fn main() {
    let st = Store { prefix: String::from("x-") };
    println!("{}", st.full_name("y"));
}
