//! The `mdbook-memory` binary: the mdBook preprocessor protocol and a CLI.
//! All the logic is in the library's `cli` module.

/// The model allocates many small, short-lived values (types, places,
/// values); mimalloc serves them faster than the system allocator.
#[global_allocator]
static ALLOCATOR: mimalloc::MiMalloc = mimalloc::MiMalloc;

fn main() {
    std::process::exit(mdbook_memory::cli::main(std::env::args_os()));
}
