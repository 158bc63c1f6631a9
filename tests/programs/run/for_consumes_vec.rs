struct Letter(char);

impl Drop for Letter {
    fn drop(&mut self) {
        println!("drop {}", self.0);
    }
}

fn main() {
    let letters = vec![Letter('a'), Letter('b'), Letter('c'), Letter('d')];
    for letter in letters {
        if letter.0 == 'c' {
            println!("stop at c");
            break;
        }
        println!("got {}", letter.0);
    }
    println!("after loop");
    let words = vec![String::from("x"), String::from("y")];
    let mut joined = String::new();
    for w in words {
        joined.push_str(&w);
    }
    println!("{}", joined);
}
