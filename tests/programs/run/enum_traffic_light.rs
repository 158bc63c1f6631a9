#[derive(Debug, Clone, Copy, PartialEq)]
enum Light {
    Red,
    Yellow,
    Green,
}

impl Light {
    fn next(self) -> Light {
        match self {
            Light::Red => Light::Green,
            Light::Green => Light::Yellow,
            Light::Yellow => Light::Red,
        }
    }

    fn seconds(&self) -> u32 {
        match *self {
            Light::Red => 30,
            Light::Yellow => 5,
            Light::Green => 25,
        }
    }
}

fn main() {
    let mut light = Light::Red;
    let mut total = 0;
    for step in 0..5 {
        println!("step {step}: {:?} for {}s", light, light.seconds());
        total += light.seconds();
        light = light.next();
    }
    println!("total {total}, back to red: {}", light == Light::Red);
    println!("{}", Light::Green != Light::Yellow);
}
