//! The layout engine against rustc's measurements of the corpus
//! (`tests/layout/expected.txt`): every size, alignment and field offset
//! must agree.

#[path = "layout/corpus.rs"]
mod corpus;

use mdbook_memory::layout::{Defs, Target, TypeLayout, layout_of_type_expr};
use mdbook_memory::syntax::types::parse_defs;
use std::collections::HashMap;

fn engine_answer(
    query: &corpus::Query,
    defs: &Defs,
    cache: &mut HashMap<String, Result<TypeLayout, String>>,
) -> Result<u64, String> {
    let ty = match query {
        corpus::Query::Size(ty)
        | corpus::Query::Align(ty)
        | corpus::Query::Offset(ty, _)
        | corpus::Query::VariantOffset(ty, _, _) => ty,
    };
    let layout = cache
        .entry(ty.clone())
        .or_insert_with(|| layout_of_type_expr(ty, defs, Target::X86_64))
        .clone()?;
    Ok(match query {
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

#[test]
fn engine_agrees_with_rustc_on_the_whole_corpus() {
    let corpus = corpus::build();
    let expected =
        corpus::parse_expected(&std::fs::read_to_string(corpus::EXPECTED_PATH).expect("tests/layout/expected.txt"));
    let defs = parse_defs(&corpus.defs_source).expect("corpus definitions parse");
    let mut cache = HashMap::new();
    let mut failures = Vec::new();
    for query in &corpus.queries {
        let key = query.key();
        let Some(&want) = expected.get(&key) else {
            failures.push(format!(
                "{key}: missing from expected.txt (run the rustc test with BLESS=1)"
            ));
            continue;
        };
        match engine_answer(query, &defs, &mut cache) {
            Ok(got) if got == want => {}
            Ok(got) => failures.push(format!("{key}: engine {got}, rustc {want}")),
            Err(err) => failures.push(format!("{key}: engine error: {err}")),
        }
    }
    let total = corpus.queries.len();
    eprintln!("{} measurements, {} disagreements", total, failures.len());
    assert!(
        total >= 800,
        "the corpus must hold at least 800 measurements, has {total}"
    );
    assert!(
        failures.is_empty(),
        "{} of {total} measurements disagree:\n{}",
        failures.len(),
        failures.join("\n")
    );
}
