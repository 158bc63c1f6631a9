trait Drawable {
    fn draw(&self) -> String;
}

struct Text {
    content: String,
}

struct Line {
    length: usize,
}

impl Drawable for Text {
    fn draw(&self) -> String {
        format!("\"{}\"", self.content)
    }
}

impl Drawable for Line {
    fn draw(&self) -> String {
        "-".repeat(self.length)
    }
}

struct Scene {
    name: String,
    items: Vec<Box<dyn Drawable>>,
}

impl Scene {
    fn new(name: &str) -> Scene {
        Scene { name: name.to_string(), items: Vec::new() }
    }

    fn add(&mut self, item: Box<dyn Drawable>) {
        self.items.push(item);
    }

    fn render(&self) -> String {
        let mut out = format!("[{}]", self.name);
        for item in &self.items {
            out.push(' ');
            out.push_str(&item.draw());
        }
        out
    }
}

fn main() {
    let mut scene = Scene::new("intro");
    scene.add(Box::new(Text { content: String::from("Hello") }));
    scene.add(Box::new(Line { length: 5 }));
    scene.add(Box::new(Text { content: String::from("World") }));
    let rendered = scene.render();
    println!("{}", rendered);
    println!("{} items, {} bytes", scene.items.len(), rendered.len());
}
