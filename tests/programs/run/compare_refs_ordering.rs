fn main() {
    let (a, b) = ('a', 'b');
    let (x, y) = (&a, &b);
    println!("{} {} {} {} {}", x < y, x <= y, x > y, x >= y, x == y);
    let (s, t) = ("apple", "banana");
    let (rs, rt) = (&s, &t);
    println!("{} {} {}", rs < rt, rs > rt, rs != rt);
    let (u, w) = (String::from("b"), String::from("ab"));
    let (ru, rw) = (&u, &w);
    println!("{} {}", ru < rw, ru >= rw);
    let (p, q) = ((1, 2), (1, 3));
    let (rp, rq) = (&p, &q);
    println!("{} {} {}", rp < rq, rp == rq, rp >= rq);
    let (m, n) = (5, 7);
    let (rm, rn) = (&m, &n);
    let (rrm, rrn) = (&rm, &rn);
    println!("{} {} {}", rrm < rrn, rrm == rrn, rrm >= rrn);
    let (f, g) = (1.5, f64::NAN);
    let (rf, rg) = (&f, &g);
    let (rrf, rrg) = (&rf, &rg);
    println!("{} {} {}", rrf < rrg, rrf >= rrg, rrf != rrg);
    let (mut c, mut d) = ('z', 'y');
    let (mc, md) = (&mut c, &mut d);
    println!("{} {}", mc > md, mc == &'z');
    *mc = 'a';
    println!("{}", c < d);
}
