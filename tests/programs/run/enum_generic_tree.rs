// A generic binary tree: a recursive enum behind `Box`.
#[derive(Debug)]
enum Tree<T> {
    Leaf(T),
    Node(Box<Tree<T>>, Box<Tree<T>>),
}
impl<T: Copy + std::ops::Add<Output = T>> Tree<T> {
    fn sum(&self) -> T {
        match self {
            Tree::Leaf(v) => *v,
            Tree::Node(l, r) => l.sum() + r.sum(),
        }
    }
}
fn depth<T>(tree: &Tree<T>) -> usize {
    match tree {
        Tree::Leaf(_) => 1,
        Tree::Node(l, r) => 1 + depth(&**l).max(depth(&**r)),
    }
}
fn main() {
    let t = Tree::Node(Box::new(Tree::Leaf(1)), Box::new(Tree::Node(Box::new(Tree::Leaf(2)), Box::new(Tree::Leaf(3)))));
    println!("{} {}", t.sum(), depth(&t));
    let f: Tree<f64> = Tree::Leaf(2.5);
    println!("{:?} {}", f, f.sum());
}
