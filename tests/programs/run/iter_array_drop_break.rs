struct Bell(&'static str);

impl Drop for Bell {
    fn drop(&mut self) {
        println!("ring {}", self.0);
    }
}

fn main() {
    let bells = [Bell("do"), Bell("re"), Bell("mi"), Bell("fa")];
    for b in bells {
        if b.0 == "re" {
            println!("stop at {}", b.0);
            break;
        }
        println!("hold {}", b.0);
    }
    println!("--");
    let bells = [Bell("sol"), Bell("la"), Bell("ti")];
    let rung = bells.into_iter().map(|b| b.0.len()).fold(0, |acc, n| acc + n);
    println!("{rung}");
    let bells = vec![Bell("one"), Bell("two")];
    bells.into_iter().for_each(|b| println!("each {}", b.0));
    println!("end");
}
