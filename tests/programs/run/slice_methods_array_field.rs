struct Leaderboard {
    scores: [u32; 5],
}

impl Leaderboard {
    fn rank(&mut self) {
        let mut comparisons = 0;
        self.scores.sort_by_key(|s| {
            comparisons += 1;
            100 - *s
        });
        println!("{comparisons}");
    }
}

fn main() {
    let mut board = Leaderboard { scores: [40, 90, 10, 70, 55] };
    board.scores.sort();
    println!("{:?}", board.scores);
    board.scores.reverse();
    println!("{:?} {:?}", board.scores, board.scores.get(1));
}
