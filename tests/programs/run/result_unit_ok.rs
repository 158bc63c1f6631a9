#[derive(Debug)]
struct Stock {
    item: String,
    count: u32,
}

fn take(stock: &mut Stock, n: u32) -> Result<(), String> {
    if n > stock.count {
        let mut msg = String::from("not enough ");
        msg.push_str(&stock.item);
        return Err(msg);
    }
    stock.count -= n;
    Ok(())
}

fn take_all(stock: &mut Stock, orders: &Vec<u32>) -> Result<u32, String> {
    let mut served = 0;
    for n in orders {
        take(stock, *n)?;
        served += 1;
    }
    Ok(served)
}

fn main() {
    let mut s = Stock { item: String::from("apples"), count: 10 };
    println!("{:?}", take(&mut s, 3));
    println!("{:?} {:?}", take_all(&mut s, &vec![2, 2]), s);
    println!("{:?} {:?}", take_all(&mut s, &vec![1, 5, 1]), s);
    let r = take(&mut s, 1);
    if let Ok(()) = r {
        println!("took one, {} left", s.count);
    }
}
