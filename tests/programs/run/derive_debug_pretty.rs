#[derive(Debug)]
struct Unit;

#[derive(Debug)]
struct Meters(f64);

#[derive(Debug)]
struct Rgb(u8, u8, u8);

#[derive(Debug)]
struct Pixel {
    x: i32,
    y: i32,
    color: Rgb,
}

#[derive(Debug)]
struct Image {
    name: &'static str,
    pixels: Vec<Pixel>,
    scale: Meters,
    marker: Unit,
}

fn main() {
    let image = Image {
        name: "tiny",
        pixels: vec![
            Pixel { x: 0, y: 0, color: Rgb(255, 0, 0) },
            Pixel { x: 1, y: 0, color: Rgb(0, 128, 255) },
        ],
        scale: Meters(0.5),
        marker: Unit,
    };
    println!("{:?}", image);
    println!("{:#?}", image);
    println!("{:?} {:?} {:?}", Unit, Meters(-1.0), Rgb(1, 2, 3));
    println!("{:#?}", (Unit, Meters(2.0)));
}
