//! Layouts of the modelled std types, built from the field structure that
//! std 1.95 gives them on Linux. Only what decides size, alignment and niches
//! is modelled: e.g. `Vec`'s capacity is a `usize` limited to `0..=isize::MAX`,
//! `Duration`'s nanoseconds a `u32` limited to `0..=999_999_999`, and `Cell`
//! hides every niche of its content.
//!
//! `Vec` (and `String`, `OsString`, `PathBuf`, `BinaryHeap`, which are one
//! inside) also reports where its three words are: `ptr`, `cap` and `len`,
//! laid out from `Vec { buf: RawVec { inner: RawVecInner { ptr, cap, alloc },
//! _marker }, len }` by the same rules as any struct. `tests/layout_rustc.rs`
//! checks them against rustc's own `Vec` on x86_64 (capacity first, then the
//! pointer, then the length); on 32-bit targets the same rules give the same
//! order in 4-byte words, which is derived, not measured.

use super::engine::{self, Lay, Placement, StructKind};
use super::model::{IntKind, Repr, Target, TypeExpr};
use super::resolve::{Bindings, Resolver, all_ones};
use std::sync::OnceLock;

/// Std types whose layout depends only on the target.
#[derive(Clone, Copy)]
enum Fixed {
    Vec,
    VecDeque,
    LinkedList,
    HashMap,
    BTreeMap,
}

const FIXED_COUNT: usize = 5;

/// The layout of a [`Fixed`] type, built by `build` once per target.
fn fixed(target: Target, which: Fixed, build: fn(Target) -> Lay) -> Lay {
    static LAYOUTS: [OnceLock<Lay>; 2 * FIXED_COUNT] = [const { OnceLock::new() }; 2 * FIXED_COUNT];
    if target != Target::X86_64 && target != Target::I686 {
        return build(target);
    }
    let slot = 2 * which as usize + usize::from(target == Target::X86_64);
    *LAYOUTS[slot].get_or_init(|| build(target))
}

fn aggregate(fields: &[Lay], kind: StructKind) -> Lay {
    engine::univariant(fields, &Repr::default(), kind, None)
}

fn sized_struct(fields: &[Lay]) -> Lay {
    aggregate(fields, StructKind::AlwaysSized)
}

fn word(target: Target) -> Lay {
    Lay::plain(target, target.pointer_bytes())
}

fn thin_non_null(target: Target) -> Lay {
    let bytes = target.pointer_bytes();
    Lay::scalar(target, bytes, 1, all_ones(bytes))
}

/// A field-less enum-like `Option` over `inner`: `None` then `Some(inner)`.
fn option_of(target: Target, inner: &Lay, placement: Option<&mut Placement>) -> Lay {
    match placement {
        None => engine::option_layout(target, inner),
        Some(placement) => {
            let variants = [&[][..], std::slice::from_ref(inner)];
            engine::enum_layout(target, &variants, &[0, 1], &Repr::default(), true, Some(placement))
        }
    }
}

/// Atomics and other interior-mutable integers: aligned to their size, no niche.
fn atomic(size: u64) -> Lay {
    Lay { size, ..Lay::zst(size) }
}

/// `RawVecInner`'s fields: a non-null pointer, a capacity that never exceeds
/// `isize::MAX`, and the (zero-sized) allocator.
fn raw_vec_inner_fields(target: Target) -> [Lay; 3] {
    let bytes = target.pointer_bytes();
    let capacity = Lay::scalar(target, bytes, 0, all_ones(bytes) >> 1);
    [thin_non_null(target), capacity, Lay::zst(1)]
}

/// `RawVec<T>`: `RawVecInner` and a zero-sized marker.
fn raw_vec(target: Target) -> Lay {
    let inner = sized_struct(&raw_vec_inner_fields(target));
    sized_struct(&[inner, Lay::zst(1)])
}

/// `Vec<T>`: `RawVec<T>` and the length. With a placement, its offsets are
/// those of the three words a `Vec` is made of: `ptr`, `cap` and `len`,
/// found through the nested structs as the engine lays them out.
fn vec(target: Target, placement: Option<&mut Placement>) -> Lay {
    let Some(placement) = placement else {
        return fixed(target, Fixed::Vec, |target| {
            sized_struct(&[raw_vec(target), word(target)])
        });
    };
    let laid_out = |fields: &[Lay]| {
        let mut placement = Placement::default();
        let lay = engine::univariant(fields, &Repr::default(), StructKind::AlwaysSized, Some(&mut placement));
        (lay, placement.offsets)
    };
    let (inner, inner_offsets) = laid_out(&raw_vec_inner_fields(target));
    let (raw_vec, raw_vec_offsets) = laid_out(&[inner, Lay::zst(1)]);
    let (vec, vec_offsets) = laid_out(&[raw_vec, word(target)]);
    let inner_start = vec_offsets[0] + raw_vec_offsets[0];
    placement.offsets = vec![
        inner_start + inner_offsets[0],
        inner_start + inner_offsets[1],
        vec_offsets[1],
    ];
    vec
}

/// Nanoseconds below one second.
fn nanoseconds(target: Target) -> Lay {
    Lay::scalar(target, 4, 0, 999_999_999)
}

fn expect_args(name: &str, args: &[TypeExpr], count: usize) -> Result<(), String> {
    if args.len() == count {
        Ok(())
    } else {
        Err(format!(
            "`{name}` takes {count} type argument(s) here but {} were given",
            args.len()
        ))
    }
}

/// The layout of the std type `name<args>`, or `None` if it is not modelled.
pub(crate) fn lay_std(
    resolver: &Resolver<'_>,
    name: &str,
    args: &[TypeExpr],
    depth: usize,
    placement: Option<&mut Placement>,
) -> Result<Option<Lay>, String> {
    let target = resolver.target;
    let lay = |ty: &TypeExpr| resolver.lay_in(ty, Bindings::NONE, depth + 1);
    let arg = |index: usize| -> Result<Lay, String> {
        match args.get(index) {
            Some(ty) => lay(ty),
            None => Err(format!("`{name}` needs a type argument")),
        }
    };
    let pointee = |index: usize| -> Result<&TypeExpr, String> {
        args.get(index).ok_or_else(|| format!("`{name}` needs a type argument"))
    };
    let non_zero_int = |int: IntKind| {
        let size = int.size(target);
        Lay::scalar(target, size, 1, all_ones(size))
    };
    // The most used names come first.
    let result = match name {
        "Option" => {
            expect_args(name, args, 1)?;
            option_of(target, &arg(0)?, placement)
        }
        "Result" => {
            expect_args(name, args, 2)?;
            let (ok, err) = (arg(0)?, arg(1)?);
            let variants = [std::slice::from_ref(&ok), std::slice::from_ref(&err)];
            engine::enum_layout(target, &variants, &[0, 1], &Repr::default(), true, placement)
        }
        "PhantomData" | "PhantomPinned" | "Global" => Lay::zst(1),
        "Cell" | "UnsafeCell" | "SyncUnsafeCell" => {
            expect_args(name, args, 1)?;
            arg(0)?.without_niche()
        }
        "Box" | "Rc" | "Arc" | "NonNull" | "Unique" => {
            if args.is_empty() || args.len() > 2 {
                return Err(format!("`{name}` needs one type argument"));
            }
            if args.len() == 2 && name != "Box" {
                return Err(format!("cannot lay out `{name}` with a custom allocator"));
            }
            if let Some(TypeExpr::Path {
                name: alloc,
                args: alloc_args,
            }) = args.get(1)
                && !(alloc == "Global" && alloc_args.is_empty())
            {
                return Err("cannot lay out `Box` with an allocator other than `Global`".to_string());
            }
            resolver.pointer(pointee(0)?, Bindings::NONE, depth + 1, true, None)?
        }
        "Weak" => {
            expect_args(name, args, 1)?;
            resolver.pointer(pointee(0)?, Bindings::NONE, depth + 1, true, None)?
        }
        "String" | "OsString" | "PathBuf" => {
            expect_args(name, args, 0)?;
            vec(target, placement)
        }
        "Vec" | "BinaryHeap" => {
            expect_args(name, args, 1)?;
            arg(0)?;
            vec(target, placement)
        }
        "VecDeque" => {
            expect_args(name, args, 1)?;
            arg(0)?;
            fixed(target, Fixed::VecDeque, |target| {
                sized_struct(&[word(target), word(target), raw_vec(target)])
            })
        }
        "LinkedList" => {
            expect_args(name, args, 1)?;
            arg(0)?;
            fixed(target, Fixed::LinkedList, |target| {
                let link = option_of(target, &thin_non_null(target), None);
                sized_struct(&[link, link, word(target), Lay::zst(1), Lay::zst(1)])
            })
        }
        "HashMap" | "HashSet" => {
            let key_count = if name == "HashMap" { 2 } else { 1 };
            if args.len() != key_count {
                return Err(format!(
                    "cannot lay out `{name}` with {} type argument(s): only the default hasher is modelled",
                    args.len()
                ));
            }
            for index in 0..key_count {
                arg(index)?;
            }
            fixed(target, Fixed::HashMap, |target| {
                let random_state = sized_struct(&[Lay::plain(target, 8), Lay::plain(target, 8)]);
                let table_inner = sized_struct(&[word(target), thin_non_null(target), word(target), word(target)]);
                let table = sized_struct(&[table_inner, Lay::zst(1), Lay::zst(1)]);
                let map = sized_struct(&[random_state, table]);
                sized_struct(&[map])
            })
        }
        "BTreeMap" | "BTreeSet" => {
            expect_args(name, args, if name == "BTreeMap" { 2 } else { 1 })?;
            for index in 0..args.len() {
                arg(index)?;
            }
            fixed(target, Fixed::BTreeMap, |target| {
                let root = sized_struct(&[word(target), thin_non_null(target), Lay::zst(1)]);
                sized_struct(&[option_of(target, &root, None), word(target), Lay::zst(1)])
            })
        }
        "RefCell" => {
            expect_args(name, args, 1)?;
            aggregate(&[word(target), arg(0)?.without_niche()], StructKind::MaybeUnsized)
        }
        "Mutex" => {
            expect_args(name, args, 1)?;
            aggregate(
                &[atomic(4), atomic(1), arg(0)?.without_niche()],
                StructKind::MaybeUnsized,
            )
        }
        "RwLock" => {
            expect_args(name, args, 1)?;
            let inner = sized_struct(&[atomic(4), atomic(4)]);
            aggregate(&[inner, atomic(1), arg(0)?.without_niche()], StructKind::MaybeUnsized)
        }
        "AtomicBool" | "AtomicU8" | "AtomicI8" => atomic(1),
        "AtomicU16" | "AtomicI16" => atomic(2),
        "AtomicU32" | "AtomicI32" => atomic(4),
        "AtomicU64" | "AtomicI64" => atomic(8),
        "AtomicUsize" | "AtomicIsize" | "AtomicPtr" => atomic(target.pointer_bytes()),
        "NonZero" => {
            expect_args(name, args, 1)?;
            match pointee(0)? {
                TypeExpr::Int(int) => non_zero_int(*int),
                other => return Err(format!("`NonZero<{other}>` is not a non-zero integer type")),
            }
        }
        "Duration" => {
            expect_args(name, args, 0)?;
            sized_struct(&[Lay::plain(target, 8), nanoseconds(target)])
        }
        "Instant" | "SystemTime" => {
            expect_args(name, args, 0)?;
            sized_struct(&[Lay::plain(target, 8), nanoseconds(target)])
        }
        "Ordering" => {
            expect_args(name, args, 0)?;
            let none: &[Lay] = &[];
            let repr = Repr {
                int: Some(IntKind::I8),
                ..Repr::default()
            };
            engine::enum_layout(target, &[none, none, none], &[-1, 0, 1], &repr, false, placement)
        }
        "Error" => {
            expect_args(name, args, 0)?;
            if target.pointer_width != 64 {
                return Err(
                    "cannot lay out `io::Error` for 32-bit targets: its unpacked representation is not modelled"
                        .to_string(),
                );
            }
            // On 64-bit targets the error is one tagged, non-null pointer.
            thin_non_null(target)
        }
        "Infallible" => {
            expect_args(name, args, 0)?;
            Lay::never()
        }
        "RandomState" => sized_struct(&[Lay::plain(target, 8), Lay::plain(target, 8)]),
        "ManuallyDrop" | "Wrapping" | "Saturating" | "Reverse" | "Pin" => {
            expect_args(name, args, 1)?;
            sized_struct(&[arg(0)?])
        }
        "MaybeUninit" => {
            expect_args(name, args, 1)?;
            let inner = arg(0)?;
            engine::union_layout(&[Lay::zst(1), inner], &Repr::default(), None)
        }
        "Range" => {
            expect_args(name, args, 1)?;
            let bound = arg(0)?;
            sized_struct(&[bound, bound])
        }
        "RangeInclusive" => {
            expect_args(name, args, 1)?;
            let bound = arg(0)?;
            sized_struct(&[bound, bound, Lay::scalar(target, 1, 0, 1)])
        }
        _ => {
            let Some(int_name) = name.strip_prefix("NonZero") else {
                return Ok(None);
            };
            const INTS: [&str; 12] = [
                "i8", "i16", "i32", "i64", "i128", "isize", "u8", "u16", "u32", "u64", "u128", "usize",
            ];
            let Some(int) = INTS
                .iter()
                .find(|int| int.eq_ignore_ascii_case(int_name))
                .and_then(|int| IntKind::from_name(int))
            else {
                return Ok(None);
            };
            non_zero_int(int)
        }
    };
    Ok(Some(result))
}
