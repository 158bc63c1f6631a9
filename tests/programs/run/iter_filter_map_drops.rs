struct Letter(char);

impl Drop for Letter {
    fn drop(&mut self) {
        println!("drop {}", self.0);
    }
}

fn main() {
    let letters = vec![Letter('a'), Letter('b'), Letter('c')];
    for c in letters.into_iter().filter_map(|l| if l.0 != 'b' { Some(l.0) } else { None }) {
        println!("picked {c}");
    }
    let letters = vec![Letter('x'), Letter('y')];
    let kept = letters.into_iter().filter_map(|l| if l.0 == 'y' { Some(l) } else { None }).count();
    println!("kept {kept}");
}
