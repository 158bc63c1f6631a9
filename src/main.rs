//! The `mdbook-memory` binary: the mdBook preprocessor protocol and a CLI.
//! All the logic is in the library's `cli` module.

fn main() {
    std::process::exit(mdbook_memory::cli::main(std::env::args_os()));
}
