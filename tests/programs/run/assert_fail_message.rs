// assert! with a custom message.
fn main() {
    let mut balance: i64 = 100;
    for withdrawal in 1..10 {
        balance -= withdrawal * 10;
        println!("balance: {}", balance);
        assert!(balance >= 0, "overdrawn by {} after withdrawal {}", -balance, withdrawal);
    }
}
