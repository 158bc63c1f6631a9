// An enum declared in a module, its variants named through the module.
mod traffic {
    #[derive(Debug, Clone, Copy, PartialEq)]
    pub enum Light {
        Red,
        Yellow,
        Green,
    }
    pub fn next(light: Light) -> Light {
        match light {
            Light::Red => Light::Green,
            Light::Green => Light::Yellow,
            Light::Yellow => Light::Red,
        }
    }
}
fn main() {
    let mut light = traffic::Light::Red;
    for _ in 0..4 {
        println!("{:?}", light);
        light = traffic::next(light);
    }
    println!("{}", light == traffic::Light::Green);
}
