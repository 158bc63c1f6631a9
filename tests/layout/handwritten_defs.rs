// Hand-written definition families for the layout corpus. Each family
// probes one rule; the expected numbers come from rustc (expected.txt).
use std::cell::{Cell, RefCell, UnsafeCell};
use std::collections::{BTreeMap, BTreeSet, BinaryHeap, HashMap, HashSet, LinkedList, VecDeque};
use std::convert::Infallible;
use std::marker::{PhantomData, PhantomPinned};
use std::mem::{ManuallyDrop, MaybeUninit};
use std::num::{NonZero, NonZeroI32, NonZeroI8, NonZeroU128, NonZeroU16, NonZeroU32, NonZeroU64, NonZeroU8, NonZeroUsize, Saturating, Wrapping};
use std::ops::{Range, RangeInclusive};
use std::path::PathBuf;
use std::ffi::OsString;
use std::rc::Rc;
use std::sync::atomic::{AtomicBool, AtomicU16, AtomicU64, AtomicUsize};
use std::sync::{Arc, Mutex, RwLock};
use std::time::{Duration, Instant, SystemTime};
use std::fmt::Debug;

// Field reordering (default repr).
struct Reorder1 { a: u8, b: u32, c: u16 }
struct Reorder2 { a: u8, b: u64, c: u8, d: u32, e: u16 }
struct Reorder3 { a: u16, b: [u8; 4], c: u32, d: u8 }
struct Reorder4 { a: [u8; 6], b: u16, c: u64, d: u8 }
struct Reorder5 { a: u128, b: u8, c: u64 }
struct Reorder6 { a: (u8, u8), b: u32, c: (u16, u8) }
struct Reorder7 { a: u8, b: [u16; 3], c: u32, d: [u8; 8] }
struct Reorder8(u8, u32, u8, u16, u64);
struct Reorder9 { a: f32, b: f64, c: i8, d: char }

// Niche placement in default-repr structs.
struct Niche1 { a: u32, b: bool, c: u16 }
struct Niche2 { a: [u8; 16], b: bool }
struct Niche3 { a: u8, b: [u8; 16] }
struct Niche4 { a: (u8, u8, u8, bool), b: (u8, bool, u8) }
struct Niche5 { a: u64, b: char, c: u8 }
struct Niche6 { a: u32, b: bool, c: u8, d: u16 }
struct Niche7 { a: u16, b: bool, c: bool, d: u8 }
struct Niche8 { a: u64, b: Option<bool>, c: u32 }
struct Niche9 { a: u16, b: NonZeroU8, c: char }
struct Niche10 { a: String, b: bool }
struct Niche11 { a: u32, b: std::cmp::Ordering, c: u16, d: u8 }

// repr(C): declaration order.
#[repr(C)] struct C1 { a: u8, b: u32, c: u16 }
#[repr(C)] struct C2 { a: u8, b: u128, c: u8 }
#[repr(C)] struct C3 { a: bool, b: [u16; 3], c: u64, d: u8 }
#[repr(C)] struct C4(u8, f64, u8);
#[repr(C)] struct CEmpty {}

// Packing.
#[repr(packed)] struct P1 { a: u8, b: u32, c: u16 }
#[repr(packed(2))] struct P2 { a: u8, b: u32, c: u64 }
#[repr(C, packed)] struct P3 { a: u8, b: u64 }
#[repr(C, packed(4))] struct P4 { a: u8, b: u64, c: u16 }
#[repr(packed)] struct P5 { a: bool, b: u16, c: char }
#[repr(packed(8))] struct P6 { a: u8, b: u128 }

// Over-alignment.
#[repr(align(8))] struct A1 { a: u8 }
#[repr(align(16))] struct A2 { a: u32, b: u8 }
#[repr(C, align(4))] struct A3 { a: u8, b: u8 }
#[repr(align(64))] struct A4 { a: [u8; 65] }
#[repr(align(2))] struct A5;
struct HoldsAligned { a: u8, b: A1, c: u16 }

// Transparent.
#[repr(transparent)] struct T1(u32);
#[repr(transparent)] struct T2 { a: bool, b: PhantomData<u64> }
#[repr(transparent)] struct T3(NonZeroU64, ());

// Zero-sized.
struct Z1;
struct Z2 {}
struct Z3 { a: (), b: [u64; 0], c: PhantomData<String> }
struct Z4 { a: u8, b: Z3 }
struct Z5 { a: [u32; 0], b: u8 }

// Unsized tails keep their place.
struct Tail<T: ?Sized> { a: u8, b: u16, c: T }
struct Tail2<T: ?Sized> { a: u32, b: T }

// Generics.
struct Pair<T, U> { a: T, b: U }
struct Triple<A, B, C>(A, B, C);
enum Either<L, R> { Left(L), Right(R) }
enum Tree<T> { Leaf(T), Node(Box<Tree<T>>, Box<Tree<T>>) }
struct Wrapper<T> { value: T }

// Fieldless enums.
enum E0 {}
enum E1 { A }
enum E2 { A, B }
enum E3 { A, B, C }
enum EMany { V0, V1, V2, V3, V4, V5, V6, V7, V8, V9, V10, V11, V12, V13, V14, V15 }
#[repr(u8)] enum Eu8 { A, B }
#[repr(i32)] enum Ei32 { A, B }
#[repr(u64)] enum Eu64 { A }
#[repr(C)] enum EC { A, B }
#[repr(usize)] enum Eusize { A, B }
#[repr(i128)] enum Ei128 { A }
#[repr(C)] enum ECBig { A = 0, B = 0x1_0000_0000 }

// Explicit discriminants.
enum D1 { A = -1, B = 200 }
enum D2 { A = 0, B = 255 }
enum D3 { A = 0, B = 256 }
enum D4 { A = 5, B, C = 100 }
enum D5 { A = -129, B }
enum D6 { A = 1 << 40, B }
enum D7 { A = 7 }
enum D8 { A = -1, B = 0, C = 1 }
#[repr(u8)] enum D9 { A = 3, B(u16) = 9, C(u32, u8) }
#[repr(i16)] enum D10 { A = -5, B(u8) = 10 }

// Tagged enums with data.
enum Tag1 { A(u32), B(u64) }
enum Tag2 { A(u8), B(u16), C(u32) }
enum Tag3 { A(u8, u32), B(u16, u8), C }
enum Tag4 { A([u8; 3]), B(u16) }
enum Tag5 { A(u128), B(u8) }
enum Tag6 { A(u8, u64), B(u32, u8, u16) }
enum Tag7 { A(f64), B(f32), C(i8) }
#[repr(u8)] enum Tag8 { A(u32), B(u8), C }
#[repr(u32)] enum Tag9 { A(u8), B(u16) }
#[repr(C)] enum Tag10 { A(u8), B(u64) }
#[repr(C, u8)] enum Tag11 { A(u8), B(u32, u8) }
#[repr(C, u16)] enum Tag12 { A(bool), B(char) }
#[repr(i64)] enum Tag13 { A(u8) }
#[repr(C)] enum Tag14 { A(u8, u16), B }
#[repr(align(8))] enum Tag15 { A(u8), B(u16) }
#[repr(C, align(16))] enum Tag16 { A(u8), B }

// Niche-filling enums.
enum Nf1 { A(bool), B }
enum Nf2 { A(char), B, C, D }
enum Nf3 { A(u32, bool), B, C }
enum Nf4 { A(char), B(u8), C }
enum Nf5 { A(u8, bool, u32), B(u8), C(u16) }
enum Nf6 { A(Vec<u8>), B(u32), C }
enum Nf7 { A(bool, u64), B(u32) }
enum Nf8 { A(u64, bool), B(u8, u8), C }
enum Nf9 { A(String), B(String) }
enum Nf10 { A(String), B(Vec<u8>), C(u64) }
enum Nf11 { A(u8), B(bool, [u8; 7]), C }
enum Nf12 { A, B(std::cmp::Ordering), C }
enum Nf13 { A(Box<u32>), B, C }
enum Nf14 { A(&'static str), B(u8) }
enum Nf15 { A([u8; 4], bool), B(u16), C(u8), D }
enum Nf16 { A(Duration), B(u32), C(u64) }
enum Nf17 { A(bool), B(bool) }
enum Nf18 { A, B(char), C }
enum Nf19 { A(u16, Option<bool>), B(u8), C }
enum Nf20 { A(Reorder1, bool), B(u8) }
enum Nf21 { A(E3), B(E3), C }
enum Nf22 { A(u32, E2), B(u16) }

// Uninhabited variants.
enum Void {}
enum U1 { A(Infallible), B(u32) }
enum U2 { A(u64, Infallible), B(u8) }
enum U3 { A(Void) }
enum U4 { A(Void), B(u8), C }
enum U5 { A(u8, Void), B(u16), C(u8) }
#[repr(C)] enum U6 { A(Void), B(u8) }
struct U7 { a: u32, b: Void }

// Single-variant enums.
enum S1 { A(u64, u8) }
#[repr(u8)] enum S2 { A(u32) }
#[repr(C)] enum S3 { A(u16) }
enum S4 { A(bool) }
enum S5 { A(u8, u32, u16) }

// Unions.
#[derive(Clone, Copy)] struct Cp(u8);
union Un1 { a: u32, b: u8 }
union Un2 { a: u64, b: [u8; 3] }
#[repr(C)] union Un3 { a: u16, b: bool }
#[repr(packed)] union Un4 { a: u32, b: u8 }
#[repr(align(16))] union Un5 { a: u8 }
union Un6 { a: ManuallyDrop<String>, b: u8 }

// Nesting.
struct Outer { a: Option<Reorder1>, b: Nf3, c: [Tag2; 2] }
struct Deep { a: Option<Option<Option<bool>>>, b: Result<u8, bool>, c: Either<u16, char> }
