//! Sizes and alignments of the subset's types on x86_64, following rustc's
//! layout rules. Shared by the machine (`size_of`, heap block sizes) and the
//! pictures (slot sizes).

use crate::ir::{IntTy, Ty};

/// Size and alignment in bytes.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Layout {
    pub size: usize,
    pub align: usize,
}

/// The layout of a sized type; `None` for unsized types such as `str`.
pub fn layout_of(ty: &Ty) -> Option<Layout> {
    let scalar = |size: usize| Some(Layout { size, align: size });
    match ty {
        Ty::Bool => scalar(1),
        Ty::Never => Some(Layout { size: 0, align: 1 }),
        Ty::Char => scalar(4),
        Ty::Int(int) => int_layout(*int),
        Ty::IntVar(_) => int_layout(IntTy::I32),
        Ty::Str | Ty::Var(_) => None,
        // Pointers to unsized `str` carry a length: two words.
        Ty::Ref(_, inner) | Ty::Box(inner) if **inner == Ty::Str => Some(Layout { size: 16, align: 8 }),
        Ty::Ref(..) | Ty::Box(_) => scalar(8),
        // `Vec` is pointer, capacity, length; `String` is a `Vec<u8>`.
        Ty::String | Ty::Vec(_) => Some(Layout { size: 24, align: 8 }),
        Ty::Tuple(fields) => {
            // Default-repr aggregates are reordered by rustc; for fields whose
            // sizes are multiples of their power-of-two alignments, placing
            // larger alignments first leaves no interior padding, so the size
            // is the field sum rounded up to the largest alignment.
            let mut size = 0;
            let mut align = 1;
            for field in fields {
                let layout = layout_of(field)?;
                size += layout.size;
                align = align.max(layout.align);
            }
            Some(Layout {
                size: size.div_ceil(align) * align,
                align,
            })
        }
    }
}

fn int_layout(int: IntTy) -> Option<Layout> {
    let size = (int.bits() / 8) as usize;
    Some(Layout { size, align: size })
}

/// Size in bytes, 0 for unsized types.
pub fn size_of(ty: &Ty) -> usize {
    layout_of(ty).map_or(0, |l| l.size)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::ir::Mutability;

    #[test]
    fn sizes_of_the_first_slice_match_rustc_x86_64() {
        let cases = [
            (Ty::Int(IntTy::U8), 1, 1),
            (Ty::Int(IntTy::I128), 16, 16),
            (Ty::Char, 4, 4),
            (Ty::String, 24, 8),
            (Ty::str_ref(), 16, 8),
            (Ty::Box(Box::new(Ty::Int(IntTy::I32))), 8, 8),
            (Ty::Ref(Mutability::Mut, Box::new(Ty::String)), 8, 8),
            (
                Ty::Tuple(vec![Ty::Int(IntTy::U8), Ty::Int(IntTy::U32), Ty::Int(IntTy::U16)]),
                8,
                4,
            ),
            (Ty::Tuple(vec![Ty::Bool, Ty::String]), 32, 8),
            (Ty::unit(), 0, 1),
        ];
        for (ty, size, align) in cases {
            assert_eq!(layout_of(&ty), Some(Layout { size, align }), "{ty}");
        }
    }
}
