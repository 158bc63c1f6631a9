//! The layout engine against rustc's measurements of the corpora: every
//! size, alignment and field offset must agree. `expected.txt` holds the
//! std corpus on x86_64; `expected_core_*.txt` the no-std corpus on i686
//! and x86_64.

#[path = "layout/corpus.rs"]
mod corpus;

use mdbook_memory::layout::{Defs, Target, TypeLayout, layout_of_type_expr};
use mdbook_memory::syntax::types::parse_defs;
use std::collections::HashMap;

fn engine_answer(
    query: &corpus::Query,
    defs: &Defs,
    target: Target,
    cache: &mut HashMap<String, Result<TypeLayout, String>>,
) -> Result<u64, String> {
    let ty = match query {
        corpus::Query::Size(ty)
        | corpus::Query::Align(ty)
        | corpus::Query::Offset(ty, _)
        | corpus::Query::VariantOffset(ty, _, _)
        | corpus::Query::TagBits(ty, _) => ty,
    };
    let layout = cache
        .entry(ty.clone())
        .or_insert_with(|| layout_of_type_expr(ty, defs, target))
        .clone()?;
    Ok(match query {
        corpus::Query::TagBits(_, variant) => {
            // rustc's answer is the whole value's bits: only comparable when
            // the engine also puts a whole-value tag at offset 0.
            let tag = layout.tag.as_ref().ok_or("the engine has no tag for this type")?;
            if tag.offset != 0 || tag.size != layout.size {
                return Err(format!(
                    "the engine's tag is at +{}, {} bytes of {}",
                    tag.offset, tag.size, layout.size
                ));
            }
            let found = layout
                .variants
                .iter()
                .find(|candidate| &candidate.name == variant)
                .ok_or_else(|| format!("no variant `{variant}` in the engine's layout"))?;
            let bits = found
                .tag_bits
                .ok_or_else(|| format!("the engine stores no tag for `{variant}`"))?;
            u64::try_from(bits).map_err(|_| "tag bits wider than 64".to_string())?
        }
        corpus::Query::Size(_) => layout.size,
        corpus::Query::Align(_) => layout.align,
        corpus::Query::Offset(_, field) => {
            let fields = if layout.fields.is_empty() {
                layout
                    .variants
                    .first()
                    .map(|variant| variant.fields.clone())
                    .unwrap_or_default()
            } else {
                layout.fields.clone()
            };
            fields
                .iter()
                .find(|candidate| &candidate.name == field)
                .map(|found| found.offset)
                .ok_or_else(|| format!("no field `{field}` in the engine's layout"))?
        }
        corpus::Query::VariantOffset(_, variant, field) => {
            let found = layout
                .variants
                .iter()
                .find(|candidate| &candidate.name == variant)
                .ok_or_else(|| format!("no variant `{variant}` in the engine's layout"))?;
            found
                .fields
                .iter()
                .find(|candidate| &candidate.name == field)
                .map(|found| found.offset)
                .ok_or_else(|| format!("no field `{variant}.{field}` in the engine's layout"))?
        }
    })
}

/// Every query of `corpus` against the rustc answers in `expected_path`.
fn check(corpus: &corpus::Corpus, expected_path: &str, target: Target) {
    let expected = corpus::parse_expected(&std::fs::read_to_string(expected_path).expect("committed expectations"));
    let defs = parse_defs(&corpus.defs_source).expect("corpus definitions parse");
    let mut cache = HashMap::new();
    let mut failures = Vec::new();
    for query in &corpus.queries {
        let key = query.key();
        let Some(&want) = expected.get(&key) else {
            failures.push(format!(
                "{key}: missing from {expected_path} (run the rustc test with BLESS=1)"
            ));
            continue;
        };
        match engine_answer(query, &defs, target, &mut cache) {
            Ok(got) if got == want => {}
            Ok(got) => failures.push(format!("{key}: engine {got}, rustc {want}")),
            Err(err) => failures.push(format!("{key}: engine error: {err}")),
        }
    }
    let total = corpus.queries.len();
    eprintln!(
        "{expected_path}: {total} measurements, {} disagreements",
        failures.len()
    );
    assert!(
        failures.is_empty(),
        "{} of {total} measurements disagree:\n{}",
        failures.len(),
        failures.join("\n")
    );
}

#[test]
fn engine_agrees_with_rustc_on_the_whole_corpus() {
    let corpus = corpus::build();
    assert!(
        corpus.queries.len() >= 800,
        "the corpus must hold at least 800 measurements"
    );
    check(&corpus, corpus::EXPECTED_PATH, Target::X86_64);
}

#[test]
fn engine_agrees_with_rustc_on_the_core_corpus_for_i686() {
    check(&corpus::build_core(), corpus::EXPECTED_CORE_I686_PATH, Target::I686);
}

#[test]
fn engine_agrees_with_rustc_on_the_core_corpus_for_x86_64() {
    check(&corpus::build_core(), corpus::EXPECTED_CORE_X86_64_PATH, Target::X86_64);
}
