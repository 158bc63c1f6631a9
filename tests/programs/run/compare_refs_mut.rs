fn main() {
    let mut v = vec![1, 2];
    let w = vec![1, 2];
    {
        let m = &mut v;
        println!("{}", m == &w);
        assert_eq!(m, &w);
        m.push(3);
        println!("{}", m == &w);
    }
    let mut a = [4, 5, 6];
    let s = &mut a[1..];
    println!("{}", s == [5, 6]);
    s[0] = 7;
    println!("{}", [7, 6] == s);
    assert_eq!(s, [7, 6]);
    let ms = &mut v[..2];
    println!("{} {}", ms == w, w == ms);
    assert_eq!(ms, w);
    println!("{:?} {:?}", v, a);
}
