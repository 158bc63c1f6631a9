trait Builder {
    type Built;
    fn build(self) -> Self::Built;
}

#[derive(Debug)]
struct House {
    rooms: Vec<String>,
}

impl Drop for House {
    fn drop(&mut self) {
        println!("house with {} rooms torn down", self.rooms.len());
    }
}

struct Plan {
    rooms: u8,
}

impl Builder for Plan {
    type Built = House;

    fn build(self) -> House {
        let mut rooms = Vec::new();
        for i in 0..self.rooms {
            rooms.push(format!("room {i}"));
        }
        House { rooms }
    }
}

fn main() {
    let house = Plan { rooms: 3 }.build();
    println!("{house:?}");
    {
        let small = Plan { rooms: 1 }.build();
        println!("{}", small.rooms[0]);
    }
    println!("end");
}
