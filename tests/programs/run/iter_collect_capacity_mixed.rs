fn main() {
    let v = vec![1, 2, 3, 4, 5, 6, 7, 8, 9];
    let a: Vec<i32> = v.iter().copied().filter(|x| x % 2 == 1).chain(10..13).collect();
    println!("{:?} {}", a, a.capacity());
    let b: Vec<(char, i32)> = "hello".chars().zip(0..).collect();
    println!("{:?} {}", b, b.capacity());
    let c: Vec<char> = "hello world".chars().skip(3).collect();
    println!("{} {}", c.len(), c.capacity());
    let d: Vec<i32> = v.iter().copied().filter(|x| *x > 2).take(3).collect();
    println!("{:?} {}", d, d.capacity());
    let e: Vec<(usize, &str)> = "x y z w v".split_whitespace().enumerate().collect();
    println!("{} {}", e.len(), e.capacity());
    let f: Vec<i32> = (1..).take(4).collect();
    println!("{} {}", f.len(), f.capacity());
    let g: Vec<i32> = v.iter().copied().skip(2).take(3).collect();
    println!("{:?} {}", g, g.capacity());
    let h: Vec<u8> = "abc".bytes().chain("défg".bytes()).collect();
    println!("{} {}", h.len(), h.capacity());
    let i: Vec<char> = "ab".chars().chain("cdefghijk".chars()).collect();
    println!("{} {}", i.len(), i.capacity());
    let j: Vec<i32> = v.iter().copied().rev().skip(1).collect();
    println!("{:?} {}", j, j.capacity());
    let k: Vec<i32> = (0..10).skip(3).collect();
    println!("{} {}", k.len(), k.capacity());
    let l: Vec<i32> = (0..=10).skip(3).collect();
    println!("{} {}", l.len(), l.capacity());
    let m: Vec<i32> = v.iter().copied().zip("ab".chars()).map(|(x, _)| x).collect();
    println!("{:?} {}", m, m.capacity());
}
