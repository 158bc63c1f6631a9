struct Stack {
    items: Vec<usize>,
}

impl Stack {
    fn push_size(&mut self) {
        self.items.push(self.items.len());
    }
}

fn main() {
    let mut st = Stack { items: vec![7] };
    st.push_size();
    st.push_size();
    println!("{:?}", st.items);
}
