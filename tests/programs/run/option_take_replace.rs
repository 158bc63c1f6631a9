#[derive(Debug)]
struct Job {
    name: String,
}

#[derive(Debug)]
struct Worker {
    current: Option<Job>,
    done: u32,
}

impl Worker {
    fn start(&mut self, name: &str) -> Option<Job> {
        self.current.replace(Job { name: String::from(name) })
    }

    fn finish(&mut self) -> Option<Job> {
        let job = self.current.take();
        if job.is_some() {
            self.done += 1;
        }
        job
    }
}

fn main() {
    let mut w = Worker { current: None, done: 0 };
    println!("{:?}", w.start("build"));
    println!("{:?}", w.start("test"));
    println!("{:?}", w);
    let finished = w.finish();
    println!("finished {:?}, now {:?}", finished, w);
    println!("{:?} done={}", w.finish(), w.done);
    let mut slot = Some(5);
    let old = std::mem::replace(&mut slot, Some(6));
    let taken = std::mem::take(&mut slot);
    println!("{:?} {:?} {:?}", old, taken, slot);
}
