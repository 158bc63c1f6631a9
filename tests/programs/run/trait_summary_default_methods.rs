trait Summary {
    fn summarize_author(&self) -> String;
    fn summarize(&self) -> String {
        format!("(Read more from {}...)", self.summarize_author())
    }
}

struct Tweet {
    username: String,
    content: String,
    retweets: u32,
}

impl Summary for Tweet {
    fn summarize_author(&self) -> String {
        format!("@{}", self.username)
    }
}

struct Article {
    title: String,
}

impl Summary for Article {
    fn summarize_author(&self) -> String {
        String::from("staff")
    }
    fn summarize(&self) -> String {
        format!("{} by {}", self.title, self.summarize_author())
    }
}

fn notify(item: &impl Summary) {
    println!("Breaking news! {}", item.summarize());
}

fn notify_twice<T: Summary>(a: &T, b: &T) {
    println!("1: {}", a.summarize());
    println!("2: {}", b.summarize());
}

trait Describe {
    fn describe(&self) -> String;
}

impl Describe for i32 {
    fn describe(&self) -> String {
        format!("the number {}", self)
    }
}

fn main() {
    let tweet = Tweet {
        username: String::from("horse_ebooks"),
        content: String::from("of course"),
        retweets: 3,
    };
    println!("1 new tweet: {}", tweet.summarize());
    println!("{} {}", tweet.content, tweet.retweets);
    let article = Article { title: String::from("Penguins win") };
    notify(&tweet);
    notify(&article);
    notify_twice(&article, &article);
    println!("{}", Summary::summarize(&tweet));
    println!("{}", Article::summarize_author(&article));
    println!("{}", <Tweet as Summary>::summarize_author(&tweet));
    let n = 7;
    println!("{}", n.describe());
    println!("{}", 42.describe());
}
