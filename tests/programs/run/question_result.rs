#[derive(Debug)]
enum BankError {
    NoAccount(u32),
    Insufficient { needed: u32, available: u32 },
}

fn balance_of(id: u32) -> Result<u32, BankError> {
    match id {
        1 => Ok(50),
        2 => Ok(500),
        other => Err(BankError::NoAccount(other)),
    }
}

fn transfer(from: u32, to: u32, amount: u32) -> Result<(u32, u32), BankError> {
    let available = balance_of(from)?;
    let target = balance_of(to)?;
    if available < amount {
        return Err(BankError::Insufficient { needed: amount, available });
    }
    Ok((available - amount, target + amount))
}

fn main() {
    println!("{:?}", transfer(2, 1, 100));
    println!("{:?}", transfer(1, 2, 100));
    println!("{:?}", transfer(3, 1, 1));
    println!("{:?}", transfer(1, 9, 1));
    match transfer(1, 2, 10) {
        Ok((a, b)) => println!("now {a} and {b}"),
        Err(e) => println!("failed: {:?}", e),
    }
}
