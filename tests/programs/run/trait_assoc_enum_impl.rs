trait Next {
    type Output;
    fn following(&self) -> Self::Output;
}

#[derive(Debug)]
enum Day {
    Mon,
    Tue,
    Wed,
}

impl Next for Day {
    type Output = Option<Day>;

    fn following(&self) -> Option<Day> {
        match self {
            Day::Mon => Some(Day::Tue),
            Day::Tue => Some(Day::Wed),
            Day::Wed => None,
        }
    }
}

fn main() {
    println!("{:?}", Day::Mon.following());
    println!("{:?}", Day::Wed.following());
}
