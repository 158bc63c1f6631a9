//! mdbook-memory: stack and heap pictures of Rust snippets, drawn from an
//! embedded ownership model, for mdBook and as a standalone tool.
//!
//! The pipeline, in the order data flows (see ARCHITECTURE.md):
//! [`markdown`] → [`snippet`] → [`syntax`] → [`ir`] → [`check`] → [`machine`]
//! → [`trace`] → [`layout`] → [`render`].

// Diagnostics are large but only travel on the cold error path.
#![allow(clippy::result_large_err)]

pub mod check;
pub mod cli;
pub mod config;
pub mod diag;
mod diag_render;
mod fast_map;
pub mod ir;
pub mod layout;
pub mod layout_request;
pub mod machine;
pub mod markdown;
pub mod pipeline;
pub mod preprocessor;
pub mod render;
pub mod snippet;
pub mod syntax;
pub mod trace;

pub use pipeline::{Analysis, Limits, RunReport, analyse, run_source};
pub use preprocessor::MemoryPreprocessor;

/// The Rust edition a snippet is read and run under.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Default)]
pub enum Edition {
    E2015,
    E2018,
    #[default]
    E2021,
    E2024,
}

impl Edition {
    /// Parses `2015`, `2018`, `2021` or `2024`.
    pub fn from_year(year: &str) -> Option<Edition> {
        match year {
            "2015" => Some(Edition::E2015),
            "2018" => Some(Edition::E2018),
            "2021" => Some(Edition::E2021),
            "2024" => Some(Edition::E2024),
            _ => None,
        }
    }

    pub fn year(self) -> &'static str {
        match self {
            Edition::E2015 => "2015",
            Edition::E2018 => "2018",
            Edition::E2021 => "2021",
            Edition::E2024 => "2024",
        }
    }
}
