use std::cell::{BorrowError, RefCell};

fn describe(result: Result<i32, BorrowError>) -> String {
    match result {
        Ok(n) => format!("read {n}"),
        Err(e) => format!("failed: {e}"),
    }
}

fn main() {
    let cell = RefCell::new(vec![1]);
    {
        let _writer = cell.borrow_mut();
        let e = cell.try_borrow().unwrap_err();
        println!("{:?} | {} | {:#?}", e, e, e);
        let e2 = cell.try_borrow_mut().unwrap_err();
        println!("{:?} | {} | {:#?}", e2, e2, e2);
        println!("{}", cell.try_borrow().is_err());
    }
    let reader = cell.try_borrow();
    println!("{:?}", reader);
    println!("{}", cell.try_borrow_mut().is_ok());
    drop(reader);
    match cell.try_borrow_mut() {
        Ok(mut v) => v.push(2),
        Err(e) => println!("{e}"),
    }
    println!("{:?}", cell);
    let counter = RefCell::new(5);
    println!("{}", describe(counter.try_borrow().map(|n| *n)));
    let guard = counter.borrow_mut();
    println!("{}", describe(counter.try_borrow().map(|n| *n)));
    drop(guard);
    if let Ok(mut n) = counter.try_borrow_mut() {
        *n += 1;
    }
    println!("{}", counter.borrow());
}
