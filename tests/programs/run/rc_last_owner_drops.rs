use std::rc::Rc;

struct Resource {
    name: String,
}

impl Drop for Resource {
    fn drop(&mut self) {
        println!("releasing {}", self.name);
    }
}

fn share(r: &Rc<Resource>) -> Rc<Resource> {
    println!("sharing {}", r.name);
    Rc::clone(r)
}

fn main() {
    let a = Rc::new(Resource { name: String::from("db") });
    let b = share(&a);
    let c = share(&b);
    println!("owners: {}", Rc::strong_count(&a));
    drop(a);
    println!("a gone, owners: {}", Rc::strong_count(&b));
    drop(b);
    println!("b gone, owners: {}", Rc::strong_count(&c));
    drop(c);
    println!("end of main");
}
