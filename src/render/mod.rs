//! Pictures: geometry first (pure shapes with integer coordinates), then SVG
//! and HTML text. Nothing here knows about the machine; it draws [`crate::trace`] values.
//!
//! - [`geometry`] lays a snapshot out as shapes;
//! - [`svg`] writes shapes as SVG text;
//! - [`describe`] says the same in words for the SVG `<desc>`;
//! - this module wraps pictures in HTML for book pages and standalone files.

pub mod describe;
pub mod geometry;
pub mod layout_diagram;
pub mod layout_table;
pub mod svg;

use std::fmt::Write;

use crate::snippet::ListingLine;
use crate::trace::{Snapshot, Trace};

use self::geometry::PictureOptions;
use self::svg::{escape, sanitize_id};

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

/// The HTML that goes after a block's code: one figure per snapshot, each
/// captioned with its badge and the line it follows. A single line with no
/// newline. The code block itself stays in the page above it; a small script
/// turns its `//@` marker comments into badges once the page has loaded.
pub fn block_html(listing: &[ListingLine], trace: &Trace, options: &BlockOptions) -> String {
    let id = sanitize_id(&options.id_prefix);
    let mut out = open_block(&id, "", listing, options);
    write_figures(&mut out, &id, listing, trace, options);
    out.push_str("</div>");
    out
}

/// The diagnostic of a `compile_fail` block, then pictures of running it as
/// if the checker had let it through (one line of HTML).
pub fn what_if_html(listing: &[ListingLine], message: &str, trace: &Trace, options: &BlockOptions) -> String {
    let id = sanitize_id(&options.id_prefix);
    let mut out = open_block(&id, " mm-error mm-what-if", listing, options);
    let _ = write!(
        out,
        "<p class=\"mm-message\"><strong>{}</strong></p><pre class=\"mm-error-text\">{}</pre>\
         <p class=\"mm-message\">{}</p>",
        escape("The compiler rejects this program, as expected:"),
        escape(message),
        escape("What if it compiled? The model runs it anyway, to show what the rule prevents:")
    );
    write_figures(&mut out, &id, listing, trace, options);
    out.push_str("</div>");
    out
}

/// One figure per snapshot, inside a `mm-figures` container.
fn write_figures(out: &mut String, id: &str, listing: &[ListingLine], trace: &Trace, options: &BlockOptions) {
    let layout_class = if options.horizontal {
        "mm-figures mm-horizontal"
    } else {
        "mm-figures"
    };
    let _ = write!(out, "<div class=\"{layout_class}\">");
    for (index, snapshot) in trace.snapshots.iter().enumerate() {
        let number = index + 1;
        let _ = write!(
            out,
            "<figure class=\"mm-figure\" id=\"{id}-f{number}\"><figcaption>{}</figcaption>",
            caption(listing, snapshot)
        );
        out.push_str(&picture_svg(
            snapshot,
            &format!("{id}-s{number}"),
            PictureOptions { badge: false },
        ));
        out.push_str("</figure>");
    }
    if trace.snapshots.is_empty() {
        out.push_str("<p class=\"mm-message\">No snapshot was taken.</p>");
    }
    out.push_str("</div>");
}

/// The HTML for a `memory-layout` block (one line): its size table, then
/// one figure per diagram, each with its own id `<block id>-d<n>`.
pub fn layout_html(answer: &crate::layout_request::LayoutAnswer, options: &BlockOptions) -> String {
    let id = sanitize_id(&options.id_prefix);
    let mut out = format!(
        "<div class=\"mdbook-memory mm-layout\" id=\"{id}\"><style>{}{}</style>",
        block_css(&id),
        layout_table::table_css(&id)
    );
    if let Some(table) = &answer.table {
        out.push_str(&layout_table::table_html(table, answer.target));
    }
    if !answer.diagrams.is_empty() {
        out.push_str("<div class=\"mm-figures\">");
        for (index, diagram) in answer.diagrams.iter().enumerate() {
            let number = index + 1;
            let _ = write!(out, "<figure class=\"mm-figure\" id=\"{id}-f{number}\">");
            let title = layout_diagram::diagram_title(&diagram.panels);
            out.push_str(&layout_diagram::diagram_svg(
                &diagram.panels,
                &format!("{id}-d{number}"),
                &title,
            ));
            out.push_str("</figure>");
        }
        out.push_str("</div>");
    }
    out.push_str("</div>");
    out
}

/// A self-contained SVG picture of one snapshot, with its label badge.
pub fn snapshot_svg(snapshot: &Snapshot, id_prefix: &str) -> String {
    picture_svg(snapshot, id_prefix, PictureOptions { badge: true })
}

/// A visible error box (for `on-error = "warn"`), one line of HTML.
pub fn error_box_html(listing: &[ListingLine], message: &str, options: &BlockOptions) -> String {
    diagnostic_box(listing, "mdbook-memory could not draw this block", message, options)
}

/// The diagnostic of a `compile_fail` block, which is rejected as the author
/// expects (one line of HTML).
pub fn rejection_html(listing: &[ListingLine], message: &str, options: &BlockOptions) -> String {
    diagnostic_box(
        listing,
        "The compiler rejects this program, as expected:",
        message,
        options,
    )
}

fn diagnostic_box(listing: &[ListingLine], heading: &str, message: &str, options: &BlockOptions) -> String {
    let id = sanitize_id(&options.id_prefix);
    let mut out = open_block(&id, " mm-error", listing, options);
    let _ = write!(
        out,
        "<p class=\"mm-message\"><strong>{}</strong></p><pre class=\"mm-error-text\">{}</pre></div>",
        escape(heading),
        escape(message)
    );
    out
}

/// A note shown under a block whose view is not available (one line of HTML).
pub fn note_html(listing: &[ListingLine], message: &str, options: &BlockOptions) -> String {
    let id = sanitize_id(&options.id_prefix);
    let mut out = open_block(&id, " mm-note", listing, options);
    let _ = write!(out, "<p class=\"mm-message\">{}</p></div>", escape(message));
    out
}

/// A complete HTML document that opens from disk (for `render -o OUT.html`).
/// Light and dark follow the reader's system setting through the same CSS
/// variables mdBook's themes set.
pub fn standalone_html(title: &str, listing: &[ListingLine], trace: &Trace) -> String {
    let mut out = String::new();
    let _ = write!(
        out,
        "<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n<title>{}</title>\n<style>{}</style>\n</head>\n<body>\n<h1>{}</h1>\n",
        escape(title),
        STANDALONE_CSS,
        escape(title)
    );
    out.push_str("<pre class=\"mm-listing\"><code>");
    for line in listing {
        out.push_str(&escape(&geometry::single_line(&line.text)));
        if let Some(badge) = &line.badge {
            let _ = write!(out, " <span class=\"mm-listing-badge\">{}</span>", escape(badge));
        }
        out.push('\n');
    }
    out.push_str("</code></pre>\n");
    let options = BlockOptions {
        id_prefix: "mm".to_string(),
        ..BlockOptions::default()
    };
    out.push_str(&block_html(listing, trace, &options));
    if !trace.stdout.is_empty() {
        let _ = write!(
            out,
            "\n<h2>Output</h2>\n<pre class=\"mm-stdout\">{}</pre>",
            escape(&trace.stdout)
        );
    }
    out.push_str("\n</body>\n</html>\n");
    out
}

fn picture_svg(snapshot: &Snapshot, id: &str, options: PictureOptions) -> String {
    let picture = geometry::layout(snapshot, options);
    svg::write_svg(&picture, id, &describe::title(snapshot), &describe::describe(snapshot))
}

/// `<badge> after line N: <code>`, from the listing line the snapshot follows.
fn caption(listing: &[ListingLine], snapshot: &Snapshot) -> String {
    // <bdi> keeps right-to-left text in a label or the code from reordering the caption.
    let mut out = format!("<bdi class=\"mm-badge\">{}</bdi>", escape(&snapshot.label));
    let code = snapshot
        .line
        .checked_sub(1)
        .and_then(|i| listing.get(i))
        .map(|l| l.text.trim())
        .filter(|t| !t.is_empty());
    // Undefined behaviour stops a what-if run in the middle of its line.
    let position = if snapshot.stopped { "at" } else { "after" };
    if snapshot.line > 0 {
        let _ = write!(
            out,
            " <span class=\"mm-after\">{position} line {}</span>",
            snapshot.line
        );
    }
    if let Some(code) = code {
        let _ = write!(out, " <code><bdi>{}</bdi></code>", escape(code));
    }
    out
}

/// The opening of a block's wrapper: its scoped styles, the badge script and
/// the marker labels the script shows in the code listing.
fn open_block(id: &str, extra_class: &str, listing: &[ListingLine], options: &BlockOptions) -> String {
    let badges: Vec<&str> = listing.iter().filter_map(|l| l.badge.as_deref()).collect();
    let badges_json = serde_json::to_string(&badges).unwrap_or_else(|_| "[]".to_string());
    let mut out = format!(
        "<div class=\"mdbook-memory{extra_class}\" id=\"{id}\" data-mm-badges=\"{}\"",
        escape(&badges_json)
    );
    if options.hide_code {
        out.push_str(" data-mm-hide-code=\"\"");
    }
    let _ = write!(
        out,
        "><style>{}</style><script>{}</script>",
        block_css(id),
        BADGE_SCRIPT
    );
    out
}

fn block_css(id: &str) -> String {
    let rules: &[(&str, &str)] = &[
        ("", "margin:0.5em 0 1.5em"),
        (".mm-figures", "display:flex;flex-direction:column;gap:1.2em"),
        (
            ".mm-horizontal",
            "flex-direction:row;flex-wrap:wrap;align-items:flex-start",
        ),
        (".mm-figure", "margin:0;max-width:100%;overflow-x:auto"),
        (
            "figcaption",
            "display:flex;flex-wrap:wrap;align-items:baseline;gap:0.5em;margin-bottom:0.4em;font-size:0.9em",
        ),
        (
            ".mm-badge",
            "display:inline-block;padding:0 0.6em;border-radius:1em;background:var(--links,#20609f);color:var(--bg,#fff);font-weight:bold;font-size:0.85em;line-height:1.6",
        ),
        (".mm-after", "opacity:0.75"),
        (
            ".mm-error-text",
            "border-left:4px solid var(--warning-border,#ff8e00);padding:0.6em 0.8em;white-space:pre-wrap;overflow-x:auto;background:var(--quote-bg,#f1f6f9);color:var(--fg,#000)",
        ),
        (".mm-message", "margin:0.3em 0"),
    ];
    let mut css = svg::scoped_css(id, rules);
    let _ = write!(
        css,
        "#{id}.mm-note{{border-left:4px solid var(--links,#20609f);padding:0.2em 0.8em;background:var(--quote-bg,#f1f6f9)}}"
    );
    css
}

/// Turns `//@ label` comments in the code block just above each of our
/// blocks into badges. It runs once per page however many blocks include it
/// (the print page includes them all), after DOMContentLoaded, by which time
/// mdBook's highlighter has wrapped comments in `.hljs-comment` spans.
/// The comment's text stays in the DOM (visually hidden) so that copying or
/// running the code still gives the author's code; the badge's text comes
/// from CSS `content`, which copying ignores.
pub const BADGE_SCRIPT: &str = concat!(
    "(function(){if(window.mdbookMemoryBadges)return;window.mdbookMemoryBadges=1;",
    "function run(){",
    "if(!document.getElementById('mm-badge-style')){var st=document.createElement('style');st.id='mm-badge-style';",
    "st.textContent='.mm-marker{position:absolute;width:1px;height:1px;overflow:hidden;clip:rect(0 0 0 0);white-space:pre}",
    ".mm-code-badge::after{content:attr(data-mm-label);display:inline-block;margin-left:0.5em;padding:0 0.55em;border-radius:1em;",
    "background:var(--links,#20609f);color:var(--bg,#fff);font-weight:bold;font-size:0.8em;line-height:1.5}';",
    "document.head.appendChild(st);}",
    "document.querySelectorAll('div.mdbook-memory[data-mm-badges]').forEach(function(d){",
    "if(d.hasAttribute('data-mm-done'))return;d.setAttribute('data-mm-done','');",
    "var p=d.previousElementSibling,c=p&&p.tagName==='PRE'&&p.querySelector('code');if(!c)return;",
    "if(d.hasAttribute('data-mm-hide-code')){p.style.display='none';return;}",
    "var labels=[];try{labels=JSON.parse(d.getAttribute('data-mm-badges'));}catch(e){}var i=0;",
    "c.querySelectorAll('.hljs-comment').forEach(function(s){var t=s.textContent;if(t.indexOf('//@')!==0)return;",
    "var b=document.createElement('span');b.className='mm-code-badge';b.setAttribute('aria-hidden','true');",
    "b.setAttribute('data-mm-label',labels[i]||t.slice(3).trim()||String(i+1));i++;",
    "s.classList.add('mm-marker');s.parentNode.insertBefore(b,s.nextSibling);});});}",
    "if(document.readyState==='loading')document.addEventListener('DOMContentLoaded',run);else run();})();"
);

/// Page styles for [`standalone_html`]: mdBook's light and coal colours.
const STANDALONE_CSS: &str = concat!(
    ":root{--bg:#ffffff;--fg:#000000;--links:#20609f;--quote-bg:#f1f6f9;--table-border-color:#f2f2f2;",
    "--inline-code-color:#301900;--warning-border:#ff8e00;color-scheme:light dark}",
    "@media (prefers-color-scheme: dark){:root{--bg:#131516;--fg:#98a3ad;--links:#2b79a2;--quote-bg:#24273a;",
    "--table-border-color:#1f2122;--inline-code-color:#c5c8c6;--warning-border:#ff8e00}}",
    "body{background:var(--bg);color:var(--fg);font-family:'Open Sans',system-ui,sans-serif;max-width:60em;margin:2em auto;padding:0 1em;line-height:1.5}",
    "pre{background:var(--quote-bg);padding:0.8em 1em;overflow-x:auto;border-radius:4px}",
    "code{font-family:ui-monospace,SFMono-Regular,Menlo,Consolas,'DejaVu Sans Mono',monospace;color:var(--inline-code-color)}",
    ".mm-listing-badge{display:inline-block;margin-left:0.5em;padding:0 0.55em;border-radius:1em;background:var(--links);color:var(--bg);font-weight:bold;font-size:0.8em;line-height:1.5}"
);
