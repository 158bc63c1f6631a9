#[derive(Debug, Clone, Copy, PartialEq)]
enum Light {
    Red,
    Green,
    Yellow,
}

struct Cycle {
    current: Light,
    steps: u8,
}

impl Iterator for Cycle {
    type Item = Light;

    fn next(&mut self) -> Option<Light> {
        if self.steps == 0 {
            return None;
        }
        self.steps -= 1;
        let now = self.current;
        self.current = match now {
            Light::Red => Light::Green,
            Light::Green => Light::Yellow,
            Light::Yellow => Light::Red,
        };
        Some(now)
    }
}

fn main() {
    let lights: Vec<Light> = Cycle { current: Light::Red, steps: 5 }.collect();
    println!("{lights:?}");
    let greens = Cycle { current: Light::Yellow, steps: 10 }.filter(|l| *l == Light::Green).count();
    println!("{greens} greens");
}
