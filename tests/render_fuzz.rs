//! Any snapshot, however odd, is drawn without panicking and gives one line
//! of HTML with as many pictures as snapshots.

use mdbook_memory::render::{BlockOptions, block_html, snapshot_svg};
use mdbook_memory::snippet::ListingLine;
use mdbook_memory::trace::*;
use proptest::prelude::*;

fn any_text() -> impl Strategy<Value = String> {
    prop_oneof!["[a-z_]{0,12}", "\\PC{0,20}", Just("</svg>\n\"&'\u{202E}".to_string()),]
}

fn any_location() -> impl Strategy<Value = Location> {
    (
        prop_oneof![Just(Region::Stack), Just(Region::Heap), Just(Region::Static)],
        0u32..8,
        prop::collection::vec(0usize..4, 0..3),
        prop::option::of((0usize..20, 0usize..20)),
    )
        .prop_map(|(region, id, path, range)| Location {
            region,
            id,
            path,
            range,
        })
}

fn any_kind() -> impl Strategy<Value = PointerKind> {
    prop_oneof![
        Just(PointerKind::Owning),
        Just(PointerKind::Shared),
        Just(PointerKind::Unique),
        Just(PointerKind::Weak),
        Just(PointerKind::Raw),
    ]
}

fn any_value() -> impl Strategy<Value = ValueView> {
    let leaf = prop_oneof![
        any_text().prop_map(ValueView::Scalar),
        Just(ValueView::Moved),
        Just(ValueView::Uninit),
        (
            any_kind(),
            prop::option::of(any_location()),
            prop::option::of(any_text()),
            any::<bool>()
        )
            .prop_map(|(kind, target, metadata, dangling)| {
                ValueView::Pointer(PointerView {
                    kind,
                    target,
                    metadata,
                    dangling,
                })
            }),
    ];
    leaf.prop_recursive(3, 16, 4, |inner| {
        (
            any::<bool>(),
            any_text(),
            prop::collection::vec((any_text(), inner), 0..4),
        )
            .prop_map(|(variant, kind, fields)| {
                let fields = fields
                    .into_iter()
                    .map(|(name, value)| FieldView { name, value })
                    .collect();
                if variant {
                    ValueView::Variant { name: kind, fields }
                } else {
                    ValueView::Fields { kind, fields }
                }
            })
    })
}

fn any_state() -> impl Strategy<Value = SlotState> {
    prop_oneof![
        Just(SlotState::Live),
        Just(SlotState::Moved),
        Just(SlotState::PartiallyMoved),
        Just(SlotState::Uninit),
    ]
}

fn any_contents() -> impl Strategy<Value = HeapContents> {
    prop_oneof![
        any_value().prop_map(HeapContents::Value),
        (prop::collection::vec(any::<u8>(), 0..40), 0usize..200)
            .prop_map(|(bytes, capacity)| HeapContents::Bytes { bytes, capacity }),
        (prop::collection::vec(any_value(), 0..6), 0usize..100).prop_map(|(items, capacity)| HeapContents::Elements {
            items,
            capacity,
            hash_table: false,
        }),
    ]
}

fn any_snapshot() -> impl Strategy<Value = Snapshot> {
    let slot =
        (0u32..8, any_text(), any_text(), any_state(), any_value()).prop_map(|(id, name, ty, state, value)| SlotView {
            id,
            name,
            ty,
            state,
            value,
            size: 8,
        });
    let frame =
        (any_text(), prop::collection::vec(slot, 0..4)).prop_map(|(function, slots)| FrameView { function, slots });
    let block =
        (0u32..8, any_text(), any_contents(), any::<bool>()).prop_map(|(id, ty, contents, freed)| HeapBlockView {
            id,
            ty,
            contents,
            size: 8,
            freed,
        });
    let data = (0u32..8, prop::collection::vec(any::<u8>(), 0..20)).prop_map(|(id, bytes)| StaticView { id, bytes });
    (
        any_text(),
        0usize..5,
        prop::collection::vec(frame, 0..3),
        prop::collection::vec(block, 0..4),
        prop::collection::vec(data, 0..2),
        prop::option::of(any_text()),
    )
        .prop_map(|(label, line, frames, heap, statics, note)| Snapshot {
            label,
            line,
            frames,
            heap,
            statics,
            static_items: Vec::new(),
            note,
            stopped: false,
            permissions: Vec::new(),
        })
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(200))]

    #[test]
    fn any_snapshot_is_drawn(snapshots in prop::collection::vec(any_snapshot(), 0..3), code in any_text()) {
        let listing = vec![ListingLine { text: code, badge: Some("L1".to_string()) }];
        let trace = Trace { snapshots: snapshots.clone(), stdout: String::new() };
        let html = block_html(&listing, &trace, &BlockOptions::default());
        prop_assert!(!html.contains('\n'));
        prop_assert_eq!(html.matches("<svg ").count(), snapshots.len());
        for snapshot in &snapshots {
            let svg = snapshot_svg(snapshot, "p");
            prop_assert!(svg.starts_with("<svg xmlns="));
            prop_assert!(svg.ends_with("</svg>"));
        }
    }
}
