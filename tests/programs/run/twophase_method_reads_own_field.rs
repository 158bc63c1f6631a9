struct Recorder {
    samples: Vec<i32>,
}

impl Recorder {
    fn last(&self) -> &i32 {
        &self.samples[self.samples.len() - 1]
    }

    fn repeat_last(&mut self) {
        let last = self.last();
        self.samples.push(*last);
    }
}

fn main() {
    let mut r = Recorder { samples: vec![1, 2] };
    r.repeat_last();
    r.repeat_last();
    println!("{:?}", r.samples);
}
