//! `[preprocessor.memory]` in book.toml: typed, kebab-case, unknown keys rejected.

use serde::Deserialize;

/// What to do when a block cannot be drawn.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum OnError {
    /// Stop the build with an error pointing at the chapter line.
    #[default]
    Fail,
    /// Keep building: a visible error box in the page and a warning on stderr.
    Warn,
}

/// The preprocessor's settings.
#[derive(Debug, Clone, PartialEq, Eq, Default, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub struct Config {
    pub on_error: OnError,
}
