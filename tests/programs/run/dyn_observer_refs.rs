trait Observer {
    fn notify(&self, event: &str) -> String;
}

struct Logger {
    prefix: String,
}

struct Counter {
    id: u32,
}

impl Observer for Logger {
    fn notify(&self, event: &str) -> String {
        format!("{}{}", self.prefix, event)
    }
}

impl Observer for Counter {
    fn notify(&self, event: &str) -> String {
        format!("#{} saw {} bytes", self.id, event.len())
    }
}

impl Drop for Logger {
    fn drop(&mut self) {
        println!("logger {} gone", self.prefix);
    }
}

struct Subject<'a> {
    observers: Vec<&'a dyn Observer>,
}

impl<'a> Subject<'a> {
    fn attach(&mut self, o: &'a dyn Observer) {
        self.observers.push(o);
    }
    fn emit(&self, event: &str) {
        for o in &self.observers {
            println!("{}", o.notify(event));
        }
    }
}

fn main() {
    let log = Logger { prefix: String::from("> ") };
    let c1 = Counter { id: 1 };
    let mut subject = Subject { observers: Vec::new() };
    subject.attach(&log);
    subject.attach(&c1);
    subject.emit("started");
    subject.emit("x");
    let boxed: Box<dyn Observer> = Box::new(Logger { prefix: String::from("boxed ") });
    println!("{}", boxed.notify("hi"));
    println!("{}", std::mem::size_of::<Subject>());
}
