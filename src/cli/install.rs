//! `mdbook-memory install`: registers the preprocessor in a book's book.toml,
//! editing the file in place so the author's comments and layout survive.

use std::fmt;
use std::path::{Path, PathBuf};

use toml_edit::{DocumentMut, InlineTable, Item, Table, Value};

use crate::preprocessor::NAME;

/// What `install` did to a book.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum InstallOutcome {
    /// `[preprocessor.memory]` was added to the file at this path.
    Added(PathBuf),
    /// The book already had it; nothing was written.
    AlreadyInstalled(PathBuf),
}

/// Why `install` could not edit the book.
#[derive(Debug)]
pub enum InstallError {
    NoBookToml(PathBuf),
    Io(PathBuf, std::io::Error),
    Toml(PathBuf, String),
}

impl fmt::Display for InstallError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            InstallError::NoBookToml(path) => write!(
                f,
                "{} not found: is this the root of an mdBook book? (`mdbook init` creates one)",
                path.display()
            ),
            InstallError::Io(path, error) => write!(f, "{}: {error}", path.display()),
            InstallError::Toml(path, message) => write!(f, "{}: {message}", path.display()),
        }
    }
}

impl std::error::Error for InstallError {}

/// Adds `[preprocessor.memory]` to `BOOK/book.toml` unless it is already there.
pub fn install(book_root: &Path) -> Result<InstallOutcome, InstallError> {
    let path = book_root.join("book.toml");
    if !path.is_file() {
        return Err(InstallError::NoBookToml(path));
    }
    let text = std::fs::read_to_string(&path).map_err(|error| InstallError::Io(path.clone(), error))?;
    let Some(edited) = add_preprocessor_table(&text).map_err(|message| InstallError::Toml(path.clone(), message))?
    else {
        return Ok(InstallOutcome::AlreadyInstalled(path));
    };
    std::fs::write(&path, edited).map_err(|error| InstallError::Io(path.clone(), error))?;
    install_assets(book_root)?;
    Ok(InstallOutcome::Added(path))
}

/// The book.toml text with `[preprocessor.memory]` added at the end, or `None`
/// when the book already has it (in any TOML spelling).
pub fn add_preprocessor_table(book_toml: &str) -> Result<Option<String>, String> {
    let mut document: DocumentMut = book_toml
        .parse()
        .map_err(|error: toml_edit::TomlError| error.to_string())?;
    let already_there = document
        .get("preprocessor")
        .and_then(|preprocessors| preprocessors.get(NAME))
        .is_some();
    if already_there {
        return Ok(None);
    }
    // After every existing table, so the new one lands at the end of the file.
    let next_position = document
        .iter()
        .filter_map(|(_, item)| item.as_table())
        .flat_map(table_positions)
        .max()
        .map_or(0, |position| position + 1);

    let preprocessors = document.entry("preprocessor").or_insert_with(|| {
        let mut implicit = Table::new();
        implicit.set_implicit(true);
        Item::Table(implicit)
    });
    match preprocessors {
        Item::Table(table) => {
            let mut ours = Table::new();
            ours.set_position(next_position);
            if !book_toml.is_empty() {
                ours.decor_mut().set_prefix("\n");
            }
            table.insert(NAME, Item::Table(ours));
        }
        Item::Value(Value::InlineTable(table)) => {
            table.insert(NAME, Value::InlineTable(InlineTable::new()));
        }
        _ => return Err("`preprocessor` is not a table".to_string()),
    }
    let mut text = document.to_string();
    if !text.ends_with('\n') {
        text.push('\n');
    }
    Ok(Some(text))
}

/// The positions of a table and all tables nested in it.
fn table_positions(table: &Table) -> Vec<isize> {
    let mut positions: Vec<isize> = table.position().into_iter().collect();
    for (_, item) in table.iter() {
        if let Some(nested) = item.as_table() {
            positions.extend(table_positions(nested));
        }
    }
    positions
}

/// Files a book needs beside book.toml for the pictures to display. The
/// pictures are self-contained inline SVG today, so there are none; when the
/// renderer needs a stylesheet or script, write it here and list it in
/// `output.html.additional-css`/`additional-js` in [`add_preprocessor_table`].
fn install_assets(book_root: &Path) -> Result<(), InstallError> {
    let _ = book_root;
    Ok(())
}
