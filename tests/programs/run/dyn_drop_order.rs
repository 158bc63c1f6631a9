trait Resource {
    fn id(&self) -> u32;
}

struct File {
    id: u32,
    path: String,
}

struct Socket {
    id: u32,
}

impl Resource for File {
    fn id(&self) -> u32 {
        self.id
    }
}

impl Resource for Socket {
    fn id(&self) -> u32 {
        self.id
    }
}

impl Drop for File {
    fn drop(&mut self) {
        println!("close file {} ({})", self.id, self.path);
    }
}

impl Drop for Socket {
    fn drop(&mut self) {
        println!("close socket {}", self.id);
    }
}

fn main() {
    let mut open: Vec<Box<dyn Resource>> = Vec::new();
    open.push(Box::new(File { id: 1, path: String::from("a.txt") }));
    open.push(Box::new(Socket { id: 2 }));
    open.push(Box::new(File { id: 3, path: String::from("b.txt") }));
    let single: Box<dyn Resource> = Box::new(Socket { id: 4 });
    println!("{} open, single {}", open.len(), single.id());
    let removed = open.remove(1);
    println!("removed {}", removed.id());
    drop(removed);
    {
        let scoped: Box<dyn Resource> = Box::new(File { id: 5, path: String::from("tmp") });
        println!("scoped {}", scoped.id());
    }
    open.truncate(1);
    println!("end of main");
}
