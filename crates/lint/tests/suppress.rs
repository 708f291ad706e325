//! Silencing findings with comments in the schema (`tests/lint/suppression/schema.prisma`).

mod common;

#[test]
fn comments_silence_the_rules_they_name() {
    let path = format!("{}/../../tests/lint/suppression/schema.prisma", env!("CARGO_MANIFEST_DIR"));
    let text = std::fs::read_to_string(&path).unwrap();
    let (sources, findings) = common::lint("schema.prisma", &text);
    let left: Vec<(usize, &str)> =
        findings.iter().map(|f| (sources.get(f.span.file).line_col(f.span.start as usize).0, f.code)).collect();
    assert_eq!(
        left,
        [
            // Comment.author: P2S001 silenced at the end of its line, P2S003 not.
            (24, "P2S003"),
            // Comment.post: P2S003 silenced by the doc comment above, P2S001 not.
            (26, "P2S001"),
            // Like.post: a misspelt rule silences nothing.
            (34, "P2S001"),
            // Tag.user: comment text inside a string or mid-comment does not count.
            (42, "P2S001"),
        ]
    );
}
