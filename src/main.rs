//! The `mdbook-memory` binary: the mdBook preprocessor protocol and a CLI.

fn main() {}
