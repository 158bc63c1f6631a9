//! `[preprocessor.memory]` in book.toml: typed, kebab-case, unknown keys rejected.
//!
//! ```toml
//! [preprocessor.memory]
//! on-error = "warn"          # "fail" (default) or "warn"
//! max-steps = 1000000        # statements one block may execute
//! max-call-depth = 256       # nested calls one block may make
//! max-heap-bytes = 67108864  # bytes one block may keep on the heap at once
//! target-pointer-width = 64  # 64 (x86_64, default) or 32 (i686) for `memory-layout` blocks
//! what-if = true             # draw `compile_fail` blocks as if they compiled (default true)
//! ```
//!
//! Every key may also be set from the environment the way mdBook does it for
//! any key, e.g. `MDBOOK_PREPROCESSOR__MEMORY__ON_ERROR=warn`: mdBook applies
//! such overrides when it loads book.toml, so they reach us both in-process
//! (`mdbook-memory build`) and through the JSON protocol, whose context
//! carries the already-overridden configuration.
//!
//! The edition blocks are read under is not ours to configure: it is book.toml's
//! `[rust] edition`, the same setting `mdbook test` uses.

use std::fmt;

use mdbook_preprocessor::config::{Config as BookConfig, RustEdition};
use serde::Deserialize;

use crate::Edition;
use crate::layout::Target;
use crate::pipeline::Limits;

/// The book.toml table we read.
pub const TABLE: &str = "preprocessor.memory";

/// The keys this preprocessor understands.
pub const KEYS: &[&str] = &[
    "on-error",
    "max-steps",
    "max-call-depth",
    "max-heap-bytes",
    "target-pointer-width",
    "what-if",
];

/// Keys mdBook itself reads from every preprocessor table; accepted and ignored.
pub const MDBOOK_KEYS: &[&str] = &["command", "renderers", "before", "after", "optional"];

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
#[serde(rename_all = "kebab-case", deny_unknown_fields)]
pub struct Config {
    /// What a block that cannot be drawn does to the build.
    #[serde(default)]
    pub on_error: OnError,
    /// Statements one block may execute before it is stopped (default 1,000,000).
    #[serde(default)]
    pub max_steps: Option<u64>,
    /// Nested calls one block may make (default 256).
    #[serde(default)]
    pub max_call_depth: Option<usize>,
    /// Bytes one block may keep live on the heap at once (default 64 MiB).
    #[serde(default)]
    pub max_heap_bytes: Option<usize>,
    /// Pointer width in bits that `memory-layout` blocks lay types out for:
    /// 64 (`x86_64-unknown-linux-gnu`, the default) or 32 (`i686-unknown-linux-gnu`).
    #[serde(default)]
    pub target_pointer_width: Option<u32>,
    /// Whether a `compile_fail` block also gets pictures of running it as if
    /// the checker had let it through (default true).
    #[serde(default)]
    pub what_if: Option<bool>,
}

/// A problem with the `[preprocessor.memory]` table, worded for the book's author.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ConfigError {
    pub message: String,
}

impl fmt::Display for ConfigError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "book.toml [{TABLE}]: {}", self.message)
    }
}

impl std::error::Error for ConfigError {}

impl Config {
    /// Reads `[preprocessor.memory]` from a loaded book configuration
    /// (defaults when the table is absent).
    pub fn from_book_config(book_config: &BookConfig) -> Result<Config, ConfigError> {
        let table = book_config.get::<toml::Value>(TABLE).map_err(|error| ConfigError {
            message: format!("{error:#}"),
        })?;
        match table {
            None => Ok(Config::default()),
            Some(toml::Value::Table(table)) => Config::from_table(&table),
            Some(other) => Err(ConfigError {
                message: format!("expected a table, found {}", other.type_str()),
            }),
        }
    }

    /// Reads the settings from the table's contents.
    pub fn from_table(table: &toml::Table) -> Result<Config, ConfigError> {
        for key in table.keys() {
            if !KEYS.contains(&key.as_str()) && !MDBOOK_KEYS.contains(&key.as_str()) {
                return Err(ConfigError {
                    message: format!(
                        "unknown key `{key}`; valid keys are {} (and mdBook's own {})",
                        quoted_list(KEYS),
                        quoted_list(MDBOOK_KEYS)
                    ),
                });
            }
        }
        let config = Config {
            on_error: on_error(table)?,
            max_steps: field(table, "max-steps")?,
            max_call_depth: field(table, "max-call-depth")?,
            max_heap_bytes: field(table, "max-heap-bytes")?,
            target_pointer_width: field(table, "target-pointer-width")?,
            what_if: field(table, "what-if")?,
        };
        config.validate()?;
        Ok(config)
    }

    fn validate(&self) -> Result<(), ConfigError> {
        let zero_budget = [
            ("max-steps", self.max_steps == Some(0)),
            ("max-call-depth", self.max_call_depth == Some(0)),
            ("max-heap-bytes", self.max_heap_bytes == Some(0)),
        ]
        .into_iter()
        .find(|(_, is_zero)| *is_zero);
        match zero_budget {
            // A zero budget would make every block fail, which is never what the author meant.
            Some((key, _)) => Err(ConfigError {
                message: format!("`{key}` must be at least 1"),
            }),
            None => self.target().map(|_| ()),
        }
    }

    /// The layout target of `memory-layout` blocks (x86_64 unless configured).
    pub fn target(&self) -> Result<Target, ConfigError> {
        match self.target_pointer_width {
            None => Ok(Target::X86_64),
            Some(bits) => Target::with_pointer_width(bits).map_err(|_| ConfigError {
                message: format!("`target-pointer-width` must be 64 or 32, not {bits}"),
            }),
        }
    }

    /// The model's budgets: the configured ones over the defaults.
    pub fn limits(&self) -> Limits {
        let defaults = Limits::default();
        Limits {
            max_steps: self.max_steps.unwrap_or(defaults.max_steps),
            max_call_depth: self.max_call_depth.unwrap_or(defaults.max_call_depth),
            max_heap_bytes: self.max_heap_bytes.unwrap_or(defaults.max_heap_bytes),
        }
    }
}

/// The edition of book.toml's `[rust] edition`. A book that sets none is read
/// as [`Edition::default`] (2021); `mdbook test` would use rustdoc's default
/// (2015) for it, so books whose blocks depend on the edition should set it.
pub fn book_edition(book_config: &BookConfig) -> Edition {
    match book_config.rust.edition {
        Some(RustEdition::E2015) => Edition::E2015,
        Some(RustEdition::E2018) => Edition::E2018,
        Some(RustEdition::E2021) => Edition::E2021,
        Some(RustEdition::E2024) => Edition::E2024,
        // `RustEdition` is non-exhaustive: an edition newer than this build knows.
        Some(_) => Edition::E2024,
        None => Edition::default(),
    }
}

fn on_error(table: &toml::Table) -> Result<OnError, ConfigError> {
    match table.get("on-error") {
        None => Ok(OnError::default()),
        Some(toml::Value::String(text)) if text == "fail" => Ok(OnError::Fail),
        Some(toml::Value::String(text)) if text == "warn" => Ok(OnError::Warn),
        Some(other) => Err(ConfigError {
            message: format!("`on-error` must be \"fail\" or \"warn\", not {other}"),
        }),
    }
}

/// One key's value, with the key named in the error: the message of a
/// whole-table deserialisation would not say which key was wrong.
fn field<T: serde::de::DeserializeOwned>(table: &toml::Table, key: &str) -> Result<Option<T>, ConfigError> {
    table
        .get(key)
        .map(|value| {
            value.clone().try_into().map_err(|error: toml::de::Error| ConfigError {
                message: format!("`{key}`: {}", error.message().trim()),
            })
        })
        .transpose()
}

fn quoted_list(keys: &[&str]) -> String {
    keys.iter().map(|key| format!("`{key}`")).collect::<Vec<_>>().join(", ")
}
