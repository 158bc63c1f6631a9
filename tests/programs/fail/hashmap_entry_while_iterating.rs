use std::collections::HashMap;

fn main() {
    let mut counts = HashMap::new();
    counts.insert(1, 1);
    for (k, _) in &counts {
        *counts.entry(*k + 1).or_insert(0) += 1; //~ ERROR E0502
    }
}
