use std::ops::{Deref, DerefMut};

struct Account {
    balance: i64,
}

impl Account {
    fn deposit(&mut self, amount: i64) {
        self.balance += amount;
    }
    fn balance(&self) -> i64 {
        self.balance
    }
}

struct Logged<T> {
    inner: T,
    touches: u32,
}

impl<T> Deref for Logged<T> {
    type Target = T;
    fn deref(&self) -> &T {
        println!("  deref");
        &self.inner
    }
}

impl<T> DerefMut for Logged<T> {
    fn deref_mut(&mut self) -> &mut T {
        self.touches += 1;
        println!("  deref_mut");
        &mut self.inner
    }
}

impl<T> Logged<T> {
    fn touches(&self) -> u32 {
        self.touches
    }
}

fn add_ten(account: &mut Account) {
    account.deposit(10);
}

fn main() {
    let mut acc = Logged { inner: Account { balance: 0 }, touches: 0 };
    println!("deposit");
    acc.deposit(5);
    println!("balance");
    println!("{}", acc.balance());
    println!("add_ten");
    add_ten(&mut acc);
    println!("read field");
    println!("{} after {} touches", (*acc).balance, acc.touches());
}
