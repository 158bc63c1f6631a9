#[derive(Debug)]
enum Expr {
    Num(i64),
    Add(i64, i64),
    Neg { value: i64 },
}

impl Expr {
    fn num(n: i64) -> Self {
        Self::Num(n)
    }

    fn eval(&self) -> i64 {
        match self {
            Self::Num(n) => *n,
            Self::Add(a, b) => a + b,
            Self::Neg { value } => -value,
        }
    }

    fn describe(&self) -> String {
        let mut s = String::from("expression ");
        match self {
            Self::Num(_) => s.push_str("number"),
            Self::Add(..) => s.push_str("sum"),
            Self::Neg { .. } => s.push_str("negation"),
        }
        s
    }
}

fn main() {
    let list = vec![Expr::num(7), Expr::Add(2, 3), Expr::Neg { value: 4 }];
    for e in &list {
        println!("{:?} = {} ({})", e, e.eval(), e.describe());
    }
}
