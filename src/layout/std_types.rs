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

/// The std types the engine knows, by what decides their layout.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Std {
    Option,
    Result,
    /// `PhantomData`, `PhantomPinned`, `Global`.
    Marker,
    /// `Cell`, `UnsafeCell`, `SyncUnsafeCell`.
    Cell,
    /// `Box`, `Rc`, `Arc`, `NonNull`, `Unique`.
    Pointer,
    Weak,
    /// `String`, `OsString`, `PathBuf`.
    StringLike,
    /// `Vec`, `BinaryHeap`.
    VecLike,
    VecDeque,
    LinkedList,
    /// `HashMap`, `HashSet`.
    Hash,
    /// `BTreeMap`, `BTreeSet`.
    BTree,
    RefCell,
    Mutex,
    RwLock,
    /// An atomic of this many bytes; 0 for the pointer width.
    Atomic(u8),
    NonZero,
    /// `Duration`, `Instant`, `SystemTime`.
    Time,
    Ordering,
    /// The parse and conversion errors: a fieldless enum of this many
    /// kinds (`ParseIntError`'s `IntErrorKind`), or a unit struct for 0.
    KindError(u8),
    Error,
    Infallible,
    RandomState,
    /// `ManuallyDrop`, `Wrapping`, `Saturating`, `Reverse`, `Pin`.
    Wrapper,
    MaybeUninit,
    Range,
    RangeInclusive,
    /// `NonZeroU8`, `NonZeroUsize`, …
    NonZeroInt(IntKind),
}

/// The names of the std types, each with its [`Std`]: [`Std::from_name`]
/// and the quick test before it are made from this one list.
macro_rules! std_names {
    ($($($name:literal)|+ => $kind:expr,)+) => {
        impl Std {
            /// The std type named `name`, if it is modelled.
            pub(crate) fn from_name(name: &str) -> Option<Std> {
                if !may_be_std_name(name) {
                    return None;
                }
                Some(match name {
                    $($($name)|+ => $kind,)+
                    _ => Std::NonZeroInt(non_zero_int_of(name)?),
                })
            }
        }

        /// Bit `len` of entry `c - b'A'`: some name above starts with the
        /// letter `c` and is `len` bytes long.
        const NAME_SHAPES: [u32; 26] = {
            let mut shapes = [0u32; 26];
            $($(shapes[($name.as_bytes()[0] - b'A') as usize] |= 1 << $name.len();)+)+
            // `NonZeroU8` … `NonZeroUsize`: "NonZero" and 2 to 5 more bytes.
            shapes[(b'N' - b'A') as usize] |= 0b1111 << 9;
            shapes
        };
    };
}

std_names! {
    // The most used names come first.
    "Option" => Std::Option,
    "Result" => Std::Result,
    "PhantomData" | "PhantomPinned" | "Global" => Std::Marker,
    "Cell" | "UnsafeCell" | "SyncUnsafeCell" => Std::Cell,
    "Box" | "Rc" | "Arc" | "NonNull" | "Unique" => Std::Pointer,
    "Weak" => Std::Weak,
    "String" | "OsString" | "PathBuf" => Std::StringLike,
    "Vec" | "BinaryHeap" => Std::VecLike,
    "VecDeque" => Std::VecDeque,
    "LinkedList" => Std::LinkedList,
    "HashMap" | "HashSet" => Std::Hash,
    "BTreeMap" | "BTreeSet" => Std::BTree,
    "RefCell" => Std::RefCell,
    "Mutex" => Std::Mutex,
    "RwLock" => Std::RwLock,
    "AtomicBool" | "AtomicU8" | "AtomicI8" => Std::Atomic(1),
    "AtomicU16" | "AtomicI16" => Std::Atomic(2),
    "AtomicU32" | "AtomicI32" => Std::Atomic(4),
    "AtomicU64" | "AtomicI64" => Std::Atomic(8),
    "AtomicUsize" | "AtomicIsize" | "AtomicPtr" => Std::Atomic(0),
    "NonZero" => Std::NonZero,
    "Duration" | "Instant" | "SystemTime" => Std::Time,
    "Ordering" => Std::Ordering,
    "ParseIntError" => Std::KindError(5),
    "ParseFloatError" | "ParseCharError" => Std::KindError(2),
    "ParseBoolError" | "TryFromIntError" | "BorrowError" | "BorrowMutError" => Std::KindError(0),
    "Error" => Std::Error,
    "Infallible" => Std::Infallible,
    "RandomState" => Std::RandomState,
    "ManuallyDrop" | "Wrapping" | "Saturating" | "Reverse" | "Pin" => Std::Wrapper,
    "MaybeUninit" => Std::MaybeUninit,
    "Range" => Std::Range,
    "RangeInclusive" => Std::RangeInclusive,
}

/// Whether `name` starts with a letter and has a length that some std name
/// starting with that letter has: most other names fail this at once.
fn may_be_std_name(name: &str) -> bool {
    match name.as_bytes().first() {
        Some(&first) if first.is_ascii_uppercase() && name.len() < 32 => {
            NAME_SHAPES[usize::from(first - b'A')] & (1 << name.len()) != 0
        }
        _ => false,
    }
}

/// The integer of `NonZeroU8`, `NonZeroUsize`, … (any case after `NonZero`).
fn non_zero_int_of(name: &str) -> Option<IntKind> {
    let int_name = name.strip_prefix("NonZero")?;
    const INTS: [&str; 12] = [
        "i8", "i16", "i32", "i64", "i128", "isize", "u8", "u16", "u32", "u64", "u128", "usize",
    ];
    INTS.iter()
        .find(|int| int.eq_ignore_ascii_case(int_name))
        .and_then(|int| IntKind::from_name(int))
}

/// The layout of the std type `name<args>` (which is a `kind`).
pub(crate) fn lay_std(
    resolver: &mut Resolver<'_>,
    kind: Std,
    name: &str,
    args: &[TypeExpr],
    depth: usize,
    placement: Option<&mut Placement>,
) -> Result<Lay, String> {
    let target = resolver.target;
    let mut arg = |index: usize| -> Result<Lay, String> {
        match args.get(index) {
            Some(ty) => resolver.lay_in(ty, Bindings::NONE, depth + 1),
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
    match kind {
        Std::Option => {
            expect_args(name, args, 1)?;
            Ok(option_of(target, &arg(0)?, placement))
        }
        Std::Result => {
            expect_args(name, args, 2)?;
            let (ok, err) = (arg(0)?, arg(1)?);
            let variants = [std::slice::from_ref(&ok), std::slice::from_ref(&err)];
            Ok(engine::enum_layout(
                target,
                &variants,
                &[0, 1],
                &Repr::default(),
                true,
                placement,
            ))
        }
        Std::Marker => Ok(Lay::zst(1)),
        Std::Cell => {
            expect_args(name, args, 1)?;
            Ok(arg(0)?.without_niche())
        }
        Std::Pointer => {
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
            resolver.pointer(pointee(0)?, Bindings::NONE, depth + 1, true, None)
        }
        Std::Weak => {
            expect_args(name, args, 1)?;
            resolver.pointer(pointee(0)?, Bindings::NONE, depth + 1, true, None)
        }
        Std::StringLike => {
            expect_args(name, args, 0)?;
            Ok(vec(target, placement))
        }
        Std::VecLike => {
            expect_args(name, args, 1)?;
            arg(0)?;
            Ok(vec(target, placement))
        }
        Std::VecDeque => {
            expect_args(name, args, 1)?;
            arg(0)?;
            Ok(fixed(target, Fixed::VecDeque, |target| {
                sized_struct(&[word(target), word(target), raw_vec(target)])
            }))
        }
        Std::LinkedList => {
            expect_args(name, args, 1)?;
            arg(0)?;
            Ok(fixed(target, Fixed::LinkedList, |target| {
                let link = option_of(target, &thin_non_null(target), None);
                sized_struct(&[link, link, word(target), Lay::zst(1), Lay::zst(1)])
            }))
        }
        Std::Hash => {
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
            Ok(fixed(target, Fixed::HashMap, |target| {
                let random_state = sized_struct(&[Lay::plain(target, 8), Lay::plain(target, 8)]);
                let table_inner = sized_struct(&[word(target), thin_non_null(target), word(target), word(target)]);
                let table = sized_struct(&[table_inner, Lay::zst(1), Lay::zst(1)]);
                let map = sized_struct(&[random_state, table]);
                sized_struct(&[map])
            }))
        }
        Std::BTree => {
            expect_args(name, args, if name == "BTreeMap" { 2 } else { 1 })?;
            for index in 0..args.len() {
                arg(index)?;
            }
            Ok(fixed(target, Fixed::BTreeMap, |target| {
                let root = sized_struct(&[word(target), thin_non_null(target), Lay::zst(1)]);
                sized_struct(&[option_of(target, &root, None), word(target), Lay::zst(1)])
            }))
        }
        Std::RefCell => {
            expect_args(name, args, 1)?;
            Ok(aggregate(
                &[word(target), arg(0)?.without_niche()],
                StructKind::MaybeUnsized,
            ))
        }
        Std::Mutex => {
            expect_args(name, args, 1)?;
            Ok(aggregate(
                &[atomic(4), atomic(1), arg(0)?.without_niche()],
                StructKind::MaybeUnsized,
            ))
        }
        Std::RwLock => {
            expect_args(name, args, 1)?;
            let inner = sized_struct(&[atomic(4), atomic(4)]);
            Ok(aggregate(
                &[inner, atomic(1), arg(0)?.without_niche()],
                StructKind::MaybeUnsized,
            ))
        }
        Std::Atomic(0) => Ok(atomic(target.pointer_bytes())),
        Std::Atomic(size) => Ok(atomic(u64::from(size))),
        Std::NonZero => {
            expect_args(name, args, 1)?;
            match pointee(0)? {
                TypeExpr::Int(int) => Ok(non_zero_int(*int)),
                other => Err(format!("`NonZero<{other}>` is not a non-zero integer type")),
            }
        }
        Std::Time => {
            expect_args(name, args, 0)?;
            Ok(sized_struct(&[Lay::plain(target, 8), nanoseconds(target)]))
        }
        Std::Ordering => {
            expect_args(name, args, 0)?;
            let none: &[Lay] = &[];
            let repr = Repr {
                int: Some(IntKind::I8),
                ..Repr::default()
            };
            Ok(engine::enum_layout(
                target,
                &[none, none, none],
                &[-1, 0, 1],
                &repr,
                false,
                placement,
            ))
        }
        Std::KindError(0) => {
            expect_args(name, args, 0)?;
            Ok(Lay::zst(1))
        }
        Std::KindError(kinds) => {
            expect_args(name, args, 0)?;
            let none: &[Lay] = &[];
            let variants = vec![none; usize::from(kinds)];
            let discriminants: Vec<i128> = (0..i128::from(kinds)).collect();
            Ok(engine::enum_layout(
                target,
                &variants,
                &discriminants,
                &Repr::default(),
                false,
                placement,
            ))
        }
        Std::Error => {
            expect_args(name, args, 0)?;
            if target.pointer_width != 64 {
                return Err(
                    "cannot lay out `io::Error` for 32-bit targets: its unpacked representation is not modelled"
                        .to_string(),
                );
            }
            // On 64-bit targets the error is one tagged, non-null pointer.
            Ok(thin_non_null(target))
        }
        Std::Infallible => {
            expect_args(name, args, 0)?;
            Ok(Lay::never())
        }
        Std::RandomState => Ok(sized_struct(&[Lay::plain(target, 8), Lay::plain(target, 8)])),
        Std::Wrapper => {
            expect_args(name, args, 1)?;
            Ok(sized_struct(&[arg(0)?]))
        }
        Std::MaybeUninit => {
            expect_args(name, args, 1)?;
            let inner = arg(0)?;
            Ok(engine::union_layout(&[Lay::zst(1), inner], &Repr::default(), None))
        }
        Std::Range => {
            expect_args(name, args, 1)?;
            let bound = arg(0)?;
            Ok(sized_struct(&[bound, bound]))
        }
        Std::RangeInclusive => {
            expect_args(name, args, 1)?;
            let bound = arg(0)?;
            Ok(sized_struct(&[bound, bound, Lay::scalar(target, 1, 0, 1)]))
        }
        Std::NonZeroInt(int) => Ok(non_zero_int(int)),
    }
}
