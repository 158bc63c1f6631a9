trait Measure {
    type Unit;
    fn measure(&self) -> Self::Unit;
    fn label(&self) -> String;
}

struct Rope {
    meters: u32,
}

impl Measure for Rope {
    type Unit = u32;

    fn measure(&self) -> Self::Unit {
        let doubled: Self::Unit = self.meters * 2;
        doubled / 2
    }

    fn label(&self) -> String {
        format!("rope of {}m", self.measure())
    }
}

fn main() {
    let rope = Rope { meters: 12 };
    println!("{} -> {}", rope.label(), rope.measure());
}
