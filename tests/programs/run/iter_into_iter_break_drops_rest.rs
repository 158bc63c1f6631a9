struct Ticket(u32);

impl Drop for Ticket {
    fn drop(&mut self) {
        println!("drop ticket {}", self.0);
    }
}

fn main() {
    let tickets = vec![Ticket(1), Ticket(2), Ticket(3), Ticket(4)];
    for t in tickets.into_iter() {
        if t.0 == 2 {
            println!("breaking at {}", t.0);
            break;
        }
        println!("using {}", t.0);
    }
    println!("after the loop");
    let more = vec![Ticket(10), Ticket(11), Ticket(12)];
    for t in more {
        println!("first {}", t.0);
        break;
    }
    println!("end");
}
