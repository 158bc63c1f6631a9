//! Pictures: geometry first (pure shapes with integer coordinates), then SVG
//! and HTML text. Nothing here knows about the machine; it draws [`crate::trace`] values.

use crate::snippet::ListingLine;
use crate::trace::{Snapshot, Trace};

/// How one block's output is drawn.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct BlockOptions {
    /// Prefix for every id in the output; unique across the whole book.
    pub id_prefix: String,
    /// Snapshots side by side instead of stacked.
    pub horizontal: bool,
    /// Do not show the code listing.
    pub hide_code: bool,
}

/// The HTML that replaces a block: its listing with marker badges, then one
/// picture per snapshot. A single line with no newline.
pub fn block_html(listing: &[ListingLine], trace: &Trace, options: &BlockOptions) -> String {
    let _ = (listing, trace, options);
    String::new()
}

/// A self-contained SVG picture of one snapshot.
pub fn snapshot_svg(snapshot: &Snapshot, id_prefix: &str) -> String {
    let _ = (snapshot, id_prefix);
    String::new()
}

/// A visible error box (for `on-error = "warn"`), one line of HTML.
pub fn error_box_html(listing: &[ListingLine], message: &str, options: &BlockOptions) -> String {
    let _ = (listing, message, options);
    String::new()
}

/// A note shown under a block whose view is not available (one line of HTML).
pub fn note_html(listing: &[ListingLine], message: &str, options: &BlockOptions) -> String {
    let _ = (listing, message, options);
    String::new()
}

/// A complete HTML document that opens from disk (for `render -o OUT.html`).
pub fn standalone_html(title: &str, listing: &[ListingLine], trace: &Trace) -> String {
    let _ = (title, listing, trace);
    String::new()
}
