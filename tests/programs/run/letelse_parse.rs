#[derive(Debug)]
enum Cmd {
    Go(u32),
    Stop,
}

fn steps(cmd: &Cmd) -> u32 {
    let Cmd::Go(n) = cmd else {
        println!("not moving");
        return 0;
    };
    *n * 2
}

fn first_word_len(words: &Vec<String>) -> usize {
    let Some(first) = words.first() else {
        return 0;
    };
    first.len()
}

fn main() {
    println!("{}", steps(&Cmd::Go(4)));
    println!("{}", steps(&Cmd::Stop));
    let words = vec![String::from("hello"), String::from("x")];
    println!("{} {}", first_word_len(&words), first_word_len(&Vec::new()));
    let mut total = 0;
    let values = vec![Some(1), None, Some(5)];
    let mut i = 0;
    while i < values.len() {
        i += 1;
        let Some(v) = values[i - 1] else {
            println!("skip {}", i - 1);
            continue;
        };
        total += v;
    }
    println!("total {total}");
}
