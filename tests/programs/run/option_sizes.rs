use std::mem::size_of;

#[allow(dead_code)]
struct Wrapper {
    data: Box<u64>,
}

#[allow(dead_code)]
enum Tree {
    Leaf(u32),
    Node(Box<Tree>, Box<Tree>),
}

fn main() {
    println!("Box<u64> {} / Option<Box<u64>> {}", size_of::<Box<u64>>(), size_of::<Option<Box<u64>>>());
    println!("&i32 {} / Option<&i32> {}", size_of::<&i32>(), size_of::<Option<&i32>>());
    println!("u64 {} / Option<u64> {}", size_of::<u64>(), size_of::<Option<u64>>());
    println!("u8 {} / Option<u8> {}", size_of::<u8>(), size_of::<Option<u8>>());
    println!("Wrapper {} / Option<Wrapper> {}", size_of::<Wrapper>(), size_of::<Option<Wrapper>>());
    println!("Vec<u8> {} / Option<Vec<u8>> {}", size_of::<Vec<u8>>(), size_of::<Option<Vec<u8>>>());
    println!("Tree {} / Option<Tree> {}", size_of::<Tree>(), size_of::<Option<Tree>>());
    println!("Option<Option<bool>> {}", size_of::<Option<Option<bool>>>());
    println!("Result<(), Box<u8>> {}", size_of::<Result<(), Box<u8>>>());
    let t = Some(Box::new(5u64));
    println!("{}", std::mem::size_of_val(&t));
}
