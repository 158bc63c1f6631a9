use std::fmt;

struct Matrix {
    rows: Vec<Vec<i32>>,
}

impl fmt::Display for Matrix {
    fn fmt(&self, f: &mut fmt::Formatter) -> fmt::Result {
        for row in &self.rows {
            write!(f, "|")?;
            for i in 0..row.len() {
                if i > 0 {
                    write!(f, " ")?;
                }
                write!(f, "{:>3}", row[i])?;
            }
            writeln!(f, "|")?;
        }
        Ok(())
    }
}

fn main() {
    let m = Matrix { rows: vec![vec![1, 20, 300], vec![-4, 5, -60]] };
    print!("{}", m);
    let text = m.to_string();
    println!("{} bytes, capacity {}", text.len(), text.capacity());
    let framed = format!("<{}>", m);
    println!("{}", framed.len());
}
