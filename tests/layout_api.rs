//! The layout API beyond raw numbers: reports, error messages for what the
//! engine cannot lay out, and no panics on arbitrary input.

use mdbook_memory::layout::{Defs, Format, Target, layout_of_type_expr, layout_report};
use mdbook_memory::syntax::types::parse_defs;
use proptest::prelude::*;

fn layout_error(expr: &str, defs: &str) -> String {
    let defs = parse_defs(defs).expect("definitions parse");
    layout_of_type_expr(expr, &defs, Target::X86_64).expect_err("the engine must refuse")
}

#[test]
fn refuses_what_it_cannot_lay_out() {
    assert!(layout_error("Frobnicator", "").contains("no definition of `Frobnicator`"));
    assert!(layout_error("str", "").contains("unsized"));
    assert!(layout_error("[u8]", "").contains("unsized"));
    assert!(layout_error("dyn std::fmt::Debug", "").contains("unsized"));
    assert!(layout_error("List", "struct List { next: Option<List> }").contains("recursive"));
    assert!(layout_error("A", "struct A { b: Option<B> } struct B(u8, A);").contains("recursive"));
    let growing = "struct Grow<T> { inner: Option<Grow<(T, T)>>, value: T }";
    assert!(layout_error("Grow<u8>", growing).contains("recursive"));
    assert!(layout_error("Pair<u8>", "struct Pair<A, B> { a: A, b: B }").contains("type argument"));
    assert!(layout_error("E", "#[repr(packed)] enum E { A(u32), B }").contains("packed"));
    assert!(layout_error("[[u64; 1000000000000]; 1000000000000]", "").contains("too big"));
    assert!(layout_error("HashMap<u8, u8, MyHasher>", "").contains("default hasher"));
    assert!(layout_error("[u8; N]", "").contains("length"));
    assert!(layout_error("T", "#[repr(transparent)] struct T(u8, u16);").contains("transparent"));
    assert!(layout_error("E", "#[repr(u8)] enum E { A = 256 }").contains("does not fit"));
    assert!(layout_error("E", "enum E { A = 1, B = 0, C }").contains("used twice"));
    assert!(layout_error("S", "#[repr(u8)] struct S(u8);").contains("only to enums"));
    assert_eq!(Format::from_name("json"), Some(Format::Json));
    assert_eq!(Format::from_name("yaml"), None);
    let bad_repr = parse_defs("#[repr(align(3))] struct S(u8);").expect_err("align must be a power of two");
    assert!(bad_repr.contains("power of two"));
    let io_error_32 = layout_of_type_expr("std::io::Error", &Defs::new(), Target::I686).unwrap_err();
    assert!(io_error_32.contains("32-bit"));
}

#[test]
fn deep_but_finite_nesting_is_fine() {
    let nested = |depth: usize| format!("{}bool{}", "Option<".repeat(depth), ">".repeat(depth));
    let layout = layout_of_type_expr(&nested(20), &Defs::new(), Target::X86_64).unwrap();
    // 254 invalid values of the bool cover 20 extra `None`s.
    assert_eq!(layout.size, 1);
    let too_deep = layout_of_type_expr(&nested(200), &Defs::new(), Target::X86_64).unwrap_err();
    assert!(too_deep.contains("nested"), "{too_deep}");
    let mut chain = String::from("struct S0(u8);\n");
    for level in 1..=100 {
        chain.push_str(&format!("struct S{level}(Option<S{}>, bool);\n", level - 1));
    }
    let defs = parse_defs(&chain).unwrap();
    assert!(layout_of_type_expr("S15", &defs, Target::X86_64).is_ok());
    assert!(
        layout_of_type_expr("S100", &defs, Target::X86_64)
            .unwrap_err()
            .contains("nested too deeply")
    );
}

#[test]
fn a_struct_report_lists_fields_by_offset_with_padding_and_niche() {
    let defs = parse_defs("struct S { a: u8, b: u32, c: bool }").unwrap();
    let layout = layout_of_type_expr("S", &defs, Target::X86_64).unwrap();
    assert_eq!((layout.size, layout.align), (8, 4));
    let placed: Vec<(&str, u64, u64)> = layout
        .fields
        .iter()
        .map(|field| (field.name.as_str(), field.offset, field.size))
        .collect();
    // Checked against rustc in the corpus; here: offsets are listed in memory order.
    assert!(placed.windows(2).all(|pair| pair[0].1 <= pair[1].1), "{placed:?}");
    assert_eq!(layout.padding.iter().map(|(start, end)| end - start).sum::<u64>(), 2);
    let niche = layout.niche.expect("the bool leaves 254 invalid values");
    assert_eq!(niche.available, 254);
}

#[test]
fn an_option_report_names_the_encoding_of_each_variant() {
    let layout = layout_of_type_expr("Option<&u8>", &Defs::new(), Target::X86_64).unwrap();
    let tag = layout.tag.expect("niche-encoded");
    assert_eq!((tag.kind, tag.offset, tag.size), ("niche", 0, 8));
    assert_eq!(layout.variants[0].name, "None");
    assert_eq!(layout.variants[0].encoding, "niche value 0x0");
    assert!(layout.variants[1].encoding.starts_with("untagged"));
}

#[test]
fn text_and_json_reports() {
    let types = vec!["Option<String>".to_string(), "E".to_string()];
    let defs = "#[repr(u8)] enum E { A(u32) = 3, B }";
    let text = layout_report(&types, Some(defs), 64, Format::Text).unwrap();
    assert!(text.contains("Option<String>: size 24, align 8"), "{text}");
    assert!(text.contains("variant A: tag = 3"), "{text}");
    assert!(text.contains("variant B: tag = 4"), "{text}");
    let json = layout_report(&types, Some(defs), 32, Format::Json).unwrap();
    let parsed: serde_json::Value = serde_json::from_str(&json).unwrap();
    assert_eq!(parsed[0]["size"], 12);
    assert_eq!(parsed[1]["tag"]["kind"], "direct");
    assert!(
        layout_report(&types, None, 16, Format::Text)
            .unwrap_err()
            .contains("pointer width")
    );
}

#[test]
fn the_machine_view_keeps_its_meaning() {
    use mdbook_memory::ir::{IntTy, Ty};
    use mdbook_memory::layout::{Layout, layout_of, size_of};
    assert_eq!(layout_of(&Ty::String), Some(Layout { size: 24, align: 8 }));
    assert_eq!(size_of(&Ty::Str), 0);
    assert_eq!(size_of(&Ty::Tuple(vec![Ty::Int(IntTy::U8), Ty::Int(IntTy::U128)])), 32);
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(400))]

    #[test]
    fn never_panics_on_arbitrary_type_text(text in "[A-Za-z0-9<>\\[\\]();,&*! :']{0,40}") {
        let _ = layout_of_type_expr(&text, &Defs::new(), Target::X86_64);
    }

    #[test]
    fn never_panics_on_arbitrary_definitions(
        repr in prop::sample::select(vec!["", "#[repr(C)]", "#[repr(packed)]", "#[repr(u8)]", "#[repr(align(4))]", "#[repr(C, u16)]", "#[repr(transparent)]"]),
        fields in prop::collection::vec(prop::sample::select(vec!["u8", "bool", "char", "u64", "!", "[u8; 0]", "Option<S>", "Box<S>", "&'static str", "String", "()", "u128"]), 0..5),
        as_enum in any::<bool>(),
        discriminant in -300i64..300,
    ) {
        let body = fields.join(", ");
        let source = if as_enum {
            format!("{repr} enum S {{ A({body}) = {discriminant}, B, C(u8) }}")
        } else {
            format!("{repr} struct S({body});")
        };
        if let Ok(defs) = parse_defs(&source) {
            for target in [Target::X86_64, Target::I686] {
                let _ = layout_of_type_expr("S", &defs, target);
                let _ = layout_of_type_expr("Option<S>", &defs, target);
            }
        }
    }
}

#[test]
fn a_vec_is_a_capacity_a_pointer_and_a_length() {
    // Measured against rustc on x86_64 in `tests/layout_rustc.rs`; on
    // 32-bit targets the same rules give the same order in 4-byte words.
    for (target, word) in [(Target::X86_64, 8), (Target::I686, 4)] {
        for ty in ["Vec<u64>", "String", "std::path::PathBuf"] {
            let layout = layout_of_type_expr(ty, &Defs::new(), target).unwrap();
            let fields: Vec<(&str, u64, u64)> = layout
                .fields
                .iter()
                .map(|field| (field.name.as_str(), field.offset, field.size))
                .collect();
            assert_eq!(
                fields,
                [("cap", 0, word), ("ptr", word, word), ("len", 2 * word, word)],
                "{ty}"
            );
            let niche = layout.niche.expect("the capacity's niche");
            assert_eq!(
                (niche.offset, niche.valid_end),
                (0, (1u128 << (word * 8 - 1)) - 1),
                "{ty}"
            );
        }
    }
}
