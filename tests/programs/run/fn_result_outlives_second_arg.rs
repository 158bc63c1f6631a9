fn pick<'a>(v: &'a Vec<String>, i: &usize) -> &'a String {
    &v[*i]
}

fn main() {
    let v = vec![String::from("a"), String::from("b")];
    let chosen;
    {
        let i = 1;
        chosen = pick(&v, &i);
    }
    println!("{chosen}");
}
