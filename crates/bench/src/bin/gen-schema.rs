//! Prints a synthetic schema: `gen-schema MODELS` (10 when not given).

fn main() {
    let models = std::env::args().nth(1).map_or(Ok(10), |a| a.parse::<usize>());
    match models {
        Ok(models) => print!("{}", prisma2sql_bench::synthetic(models)),
        Err(e) => {
            eprintln!("usage: gen-schema MODELS ({e})");
            std::process::exit(2);
        }
    }
}
