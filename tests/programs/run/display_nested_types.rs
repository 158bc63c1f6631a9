use std::fmt;

struct Money {
    cents: i64,
}

struct Item {
    name: String,
    price: Money,
    quantity: u32,
}

struct Order {
    id: u32,
    items: Vec<Item>,
}

impl fmt::Display for Money {
    fn fmt(&self, f: &mut fmt::Formatter) -> fmt::Result {
        write!(f, "${}.{:02}", self.cents / 100, self.cents % 100)
    }
}

impl fmt::Display for Item {
    fn fmt(&self, f: &mut fmt::Formatter) -> fmt::Result {
        write!(f, "{} x{} @ {}", self.name, self.quantity, self.price)
    }
}

impl fmt::Display for Order {
    fn fmt(&self, f: &mut fmt::Formatter) -> fmt::Result {
        writeln!(f, "Order #{}", self.id)?;
        let mut total = 0;
        for item in &self.items {
            writeln!(f, "  - {}", item)?;
            total += item.price.cents * item.quantity as i64;
        }
        write!(f, "  total: {}", Money { cents: total })
    }
}

fn main() {
    let order = Order {
        id: 17,
        items: vec![
            Item { name: String::from("pen"), price: Money { cents: 150 }, quantity: 3 },
            Item { name: String::from("book"), price: Money { cents: 1299 }, quantity: 1 },
        ],
    };
    println!("{}", order);
    println!("[{}]", order.items[1].price);
    println!("{}", Money { cents: 5 });
}
