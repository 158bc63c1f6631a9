use std::fmt;

trait Plugin {
    fn name(&self) -> String;
    fn run(&mut self, input: i32) -> i32;
}

struct Doubler {
    calls: u32,
}

struct Offset(i32);

impl Plugin for Doubler {
    fn name(&self) -> String {
        format!("doubler({})", self.calls)
    }
    fn run(&mut self, input: i32) -> i32 {
        self.calls += 1;
        input * 2
    }
}

impl Plugin for Offset {
    fn name(&self) -> String {
        format!("offset {}", self.0)
    }
    fn run(&mut self, input: i32) -> i32 {
        input + self.0
    }
}

struct Pipeline<T> {
    label: T,
    stages: Vec<Box<dyn Plugin>>,
}

impl<T: fmt::Display> Pipeline<T> {
    fn new(label: T) -> Self {
        Pipeline { label, stages: Vec::new() }
    }
    fn add(&mut self, stage: Box<dyn Plugin>) -> &mut Self {
        self.stages.push(stage);
        self
    }
    fn run(&mut self, mut value: i32) -> i32 {
        for stage in &mut self.stages {
            value = stage.run(value);
        }
        value
    }
}

impl<T: fmt::Display> fmt::Display for Pipeline<T> {
    fn fmt(&self, f: &mut fmt::Formatter) -> fmt::Result {
        write!(f, "{}:", self.label)?;
        for stage in &self.stages {
            write!(f, " [{}]", stage.name())?;
        }
        Ok(())
    }
}

impl<T> Drop for Pipeline<T> {
    fn drop(&mut self) {
        println!("dropping a pipeline of {}", self.stages.len());
    }
}

#[derive(Debug, Default, PartialEq, Clone)]
struct Stats<T> {
    count: u32,
    last: T,
}

fn main() {
    let mut p = Pipeline::new("main");
    p.add(Box::new(Doubler { calls: 0 })).add(Box::new(Offset(3)));
    println!("{}", p.run(5));
    println!("{}", p.run(-1));
    println!("{}", p);
    let mut q = Pipeline::new(42);
    q.add(Box::new(Offset(-10)));
    let out = q.run(0);
    println!("{} -> {}", q, out);
    let s: Stats<f64> = Stats::default();
    let t = Stats { count: 2, last: 1.5 };
    println!("{:?} {:?} {} {}", s, t, s == t, t == t.clone());
    let names: Stats<String> = Default::default();
    println!("{:?}", names);
}
