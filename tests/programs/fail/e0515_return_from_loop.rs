fn find(limit: &u32) -> &u32 {
    let mut i = 0;
    loop {
        if i * i > *limit {
            return &i; //~ ERROR E0515
        }
        i += 1;
    }
}

fn main() {
    println!("{}", find(&10));
}
