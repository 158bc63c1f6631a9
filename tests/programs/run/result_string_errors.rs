fn withdraw(balance: u32, amount: u32) -> Result<u32, String> {
    if amount > balance {
        let mut msg = String::from("insufficient funds");
        if amount > 1000 {
            msg.push_str(" (way too much)");
        }
        Err(msg)
    } else {
        Ok(balance - amount)
    }
}

fn main() {
    let mut balance = 100;
    let requests = vec![30, 80, 2000, 70];
    for amount in &requests {
        match withdraw(balance, *amount) {
            Ok(left) => {
                balance = left;
                println!("withdrew {amount}, {balance} left");
            }
            Err(e) => println!("refused {amount}: {e}"),
        }
    }
    let r: Result<u32, String> = withdraw(5, 10);
    let e = r.unwrap_err();
    println!("{e} ({} bytes)", e.len());
    let ok: Result<u32, String> = Ok(3);
    println!("{:?} {:?}", ok.as_ref(), ok == Ok(3));
}
