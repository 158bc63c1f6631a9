#[derive(Debug)]
enum Shape {
    Circle(u32),
    Square(u32),
}

#[derive(Debug)]
enum Command {
    Draw(Shape),
    Move { dx: i32, dy: i32 },
    Clear,
}

fn run(cmd: Command) -> String {
    match cmd {
        Command::Draw(Shape::Circle(0)) | Command::Draw(Shape::Square(0)) => String::from("nothing to draw"),
        Command::Draw(Shape::Circle(r)) => {
            let mut s = String::from("circle r=");
            s.push_str(if r > 10 { "big" } else { "small" });
            s
        }
        Command::Draw(shape) => {
            println!("  drawing {:?}", shape);
            String::from("square")
        }
        Command::Move { dx: 0, dy: 0 } => String::from("stay"),
        Command::Move { dx, .. } if dx < 0 => String::from("left"),
        Command::Move { .. } => String::from("elsewhere"),
        Command::Clear => String::from("clear"),
    }
}

fn main() {
    let commands = vec![
        Command::Draw(Shape::Circle(0)),
        Command::Draw(Shape::Circle(20)),
        Command::Draw(Shape::Square(3)),
        Command::Move { dx: 0, dy: 0 },
        Command::Move { dx: -3, dy: 1 },
        Command::Move { dx: 3, dy: 1 },
        Command::Clear,
    ];
    let mut n = 0;
    let mut list = commands;
    while let Some(cmd) = list.pop() {
        n += 1;
        println!("{n}: {}", run(cmd));
    }
}
