#[derive(Debug, PartialEq)]
enum LoginError {
    UnknownUser,
    WrongPassword { attempts: u32 },
    Locked,
}

fn login(user: &str, password: &str, attempts: u32) -> Result<String, LoginError> {
    if attempts >= 3 {
        return Err(LoginError::Locked);
    }
    match user {
        "admin" if password == "secret" => {
            let mut token = String::from("token-");
            token.push_str(user);
            Ok(token)
        }
        "admin" => Err(LoginError::WrongPassword { attempts: attempts + 1 }),
        _ => Err(LoginError::UnknownUser),
    }
}

fn main() {
    let tries = vec![("bob", "x", 0), ("admin", "guess", 1), ("admin", "secret", 2), ("admin", "secret", 3)];
    for (user, pw, n) in &tries {
        let result = login(user, pw, *n);
        match &result {
            Ok(token) => println!("{user}: welcome ({token})"),
            Err(LoginError::WrongPassword { attempts }) => println!("{user}: wrong password, attempt {attempts}"),
            Err(e) => println!("{user}: {:?}", e),
        }
        println!("  locked? {}", result == Err(LoginError::Locked));
    }
}
