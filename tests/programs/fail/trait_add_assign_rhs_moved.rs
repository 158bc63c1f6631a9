use std::ops::AddAssign;

#[derive(Debug)]
struct Words(Vec<String>);

impl AddAssign for Words {
    fn add_assign(&mut self, other: Words) {
        for word in other.0 {
            self.0.push(word);
        }
    }
}

fn main() {
    let mut all = Words(vec![String::from("a")]);
    let more = Words(vec![String::from("b")]);
    all += more;
    println!("{:?}", more); //~ ERROR E0382
}
