
fn main() {
    let src = std::fs::read_to_string(std::env::args().nth(1).unwrap()).unwrap();
    let r = mdbook_memory::run_source("main.rs", &src, mdbook_memory::Edition::E2021, Default::default());
    print!("{}", r.stdout); eprint!("{}", r.stderr); std::process::exit(r.exit_code);
}
