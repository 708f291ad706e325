//! From text to [`SchemaAst`], with a diagnostic for every line that is not valid.

use crate::ast::*;
use crate::{Diagnostic, Diagnostics, FileId, Sources, Span};
use pest::Parser;
use pest::iterators::Pair;

#[derive(pest_derive::Parser)]
#[grammar = "../../grammar/prisma.pest"]
struct PrismaParser;

/// Arrays, calls and objects may nest this deep; deeper input is refused before it reaches the
/// parser.
pub const MAX_NESTING: usize = 32;

/// Past this many syntax errors in one file, the rest of the file is not read: the list of
/// diagnostics stays bounded whatever the input (a 100 MB file of broken lines).
pub const MAX_SYNTAX_ERRORS: usize = 1_000;

/// The result of parsing: the tree is always there, with whatever could be read.
#[derive(Debug, Default)]
pub struct Parsed {
    pub ast: SchemaAst,
    pub diagnostics: Diagnostics,
}

/// Parses every file of a schema, in order, into one tree.
pub fn parse(sources: &Sources) -> Parsed {
    let mut parsed = Parsed::default();
    for (id, file) in sources.iter() {
        parse_file(id, &file.text, &mut parsed);
    }
    parsed
}

/// Parses one file and appends its items to `parsed`.
pub fn parse_file(file: FileId, text: &str, parsed: &mut Parsed) {
    parse_in_chunks(file, text, parsed, CHUNK);
}

/// Whether `text` reads the same cut into the smallest pieces the cutter allows, and into pieces of
/// a few bytes, as in one piece. For the fuzz target that looks for a wrong cut; not part of the API.
#[doc(hidden)]
pub fn reads_the_same_in_pieces(text: &str) -> bool {
    let whole = parse_in_pieces(text, usize::MAX);
    parse_in_pieces(text, 0) == whole && parse_in_pieces(text, 8) == whole
}

/// `text` read in pieces of about `chunk` bytes, written out whole, to compare readings.
fn parse_in_pieces(text: &str, chunk: usize) -> String {
    let mut parsed = Parsed::default();
    parse_in_chunks(FileId(0), text, &mut parsed, chunk);
    format!("{parsed:?}")
}

fn parse_in_chunks(file: FileId, text: &str, parsed: &mut Parsed, chunk: usize) {
    let start = if text.starts_with('\u{FEFF}') { '\u{FEFF}'.len_utf8() } else { 0 };
    let (pieces, unread) = read_pieces(file, text, start, chunk);
    // Each piece was looked at for deep nesting before pest read it; what was left unread (past the
    // cap on diagnostics) is looked at here, so that the answer is the same as for the whole text.
    let deep = pieces
        .iter()
        .find_map(|piece| match piece.outcome {
            Outcome::TooDeep(offset) => Some(offset),
            _ => None,
        })
        .or_else(|| unread.and_then(|from| too_deep(&text[from..]).map(|offset| from + offset)));
    if let Some(offset) = deep {
        parsed.diagnostics.push(
            Diagnostic::error(
                format!("Arrays, function calls and objects are nested more than {MAX_NESTING} levels deep here."),
                Span::new(file, offset, offset + 1),
            )
            .with_help("No Prisma attribute needs that much nesting: check the brackets, braces and parentheses."),
        );
        return;
    }
    let mut diagnostics = Capped { inner: &mut parsed.diagnostics, count: 0 };
    if start > 0 {
        // Prisma reads the mark as text and rejects the line; say what it is instead.
        diagnostics.push(
            Diagnostic::error(
                "The file starts with a byte order mark (BOM), which Prisma does not accept.",
                Span::new(file, 0, start),
            )
            .with_help("Save the file as UTF-8 without a byte order mark."),
        );
    }
    // A block whose closing brace is missing would swallow the rest of the file: one that opens past
    // the last `}` of the file is reported as never closed, and reading stops there.
    let last_close = text.rfind('}');
    // Where the previous item ended.
    let mut end = start;
    // Whether reading stopped short of the end of the file because the pieces read hold more
    // diagnostics than the cap.
    let mut stopped = unread.is_some();
    let items: usize =
        pieces.iter().map(|piece| if let Outcome::Read(entries) = &piece.outcome { entries.len() } else { 0 }).sum();
    parsed.ast.items.reserve_exact(items);
    for piece in pieces {
        let entries = match piece.outcome {
            Outcome::Read(entries) => entries,
            Outcome::TooDeep(_) => unreachable!("a piece nested too deep stops the reading"),
            Outcome::Unreadable => {
                diagnostics
                    .push(Diagnostic::error("This file could not be read.", Span::new(file, piece.start, text.len())));
                return;
            }
        };
        for entry in entries {
            let rest = &text[end..];
            if rest.trim().is_empty() {
                return;
            }
            if diagnostics.is_full() {
                diagnostics.push_past_cap(file, end);
                return;
            }
            if last_close.is_none_or(|c| c < end) && starts_block(rest) {
                let line = rest.lines().next().unwrap_or("").trim_end();
                let lead = line.len() - line.trim_start().len();
                diagnostics.push(
                    Diagnostic::error(
                        "This block is never closed: its `}` is missing.",
                        Span::new(file, end + lead, end + line.len()),
                    )
                    .with_help("Close every `{` with a `}` on a line of its own."),
                );
                // Everything after it belongs to the unclosed block.
                return;
            }
            end = entry.end;
            for diagnostic in entry.diagnostics {
                diagnostics.push(diagnostic);
            }
            if let Some(item) = entry.item {
                parsed.ast.items.push(item);
            }
        }
        if piece.stopped {
            stopped = true;
            break;
        }
    }
    // What follows was not read, and the cap is full.
    if stopped && !text[end..].trim().is_empty() {
        diagnostics.push_past_cap(file, end);
    }
}

/// One piece of a file, as its reader left it.
struct Piece {
    /// Where the piece starts in the file.
    start: usize,
    outcome: Outcome,
    /// How many diagnostics the piece holds, as far as the cap is concerned.
    diagnostics: usize,
    /// Whether the piece was read only up to the cap on diagnostics.
    stopped: bool,
}

enum Outcome {
    /// One entry per top-level pair, in order.
    Read(Vec<Entry>),
    /// Arrays, calls or objects nest deeper than [`MAX_NESTING`] at this offset of the file: pest
    /// was not run on the piece, and no other piece is needed.
    TooDeep(usize),
    /// pest refused the text (the grammar accepts every text, so this does not happen).
    Unreadable,
}

/// What one top-level pair of a piece turned into.
struct Entry {
    /// Where the pair ends in the file.
    end: usize,
    item: Option<Item>,
    diagnostics: Vec<Diagnostic>,
}

/// Reads `text` from `start` in pieces of about `chunk` bytes, on as many threads as there are
/// cores when there are more than [`PIECES_FOR_HELPERS`] pieces to read, else on this one. Every
/// piece starts where the grammar is outside any block and any documentation comment, so each
/// reads alone exactly as it does within the whole; the pieces come back in file order.
/// Pieces are taken in order, and no new one is taken once those read hold more diagnostics than
/// the cap, so reading stops soon after the cap however large the file; where it stopped is
/// returned with the pieces.
fn read_pieces(file: FileId, text: &str, start: usize, chunk: usize) -> (Vec<Piece>, Option<usize>) {
    let work = std::sync::Mutex::new(Schedule { next: start, index: 0, diagnostics: 0 });
    let take = || {
        let mut work = work.lock().unwrap_or_else(|poisoned| poisoned.into_inner());
        if work.next >= text.len() || work.diagnostics >= MAX_SYNTAX_ERRORS {
            return None;
        }
        let (index, from) = (work.index, work.next);
        work.next = next_cut(text, from, chunk);
        work.index += 1;
        Some((index, from, work.next))
    };
    let read = || {
        let mut pieces = Vec::new();
        while let Some((index, from, to)) = take() {
            let piece = read_piece(file, text, from, to);
            work.lock().unwrap_or_else(|poisoned| poisoned.into_inner()).diagnostics += piece.diagnostics;
            pieces.push((index, piece));
        }
        pieces
    };
    let threads = if text.len() - start > chunk.saturating_mul(PIECES_FOR_HELPERS) {
        std::thread::available_parallelism().map_or(1, |n| n.get())
    } else {
        1
    };
    let mut pieces = if threads > 1 {
        std::thread::scope(|scope| {
            let helpers: Vec<_> = (1..threads).map(|_| scope.spawn(read)).collect();
            // Linux starts a new thread on the core of the thread that spawned it and may leave it
            // waiting there, for milliseconds, while that thread is busy; yielding once lets it start
            // (and move to an idle core) at once.
            std::thread::yield_now();
            let mut pieces = read();
            for helper in helpers {
                pieces.extend(helper.join().unwrap_or_else(|panic| std::panic::resume_unwind(panic)));
            }
            pieces
        })
    } else {
        read()
    };
    pieces.sort_unstable_by_key(|(index, _)| *index);
    let next = work.into_inner().unwrap_or_else(|poisoned| poisoned.into_inner()).next;
    let unread = (next < text.len()).then_some(next);
    (pieces.into_iter().map(|(_, piece)| piece).collect(), unread)
}

/// Which piece is next, and how many diagnostics the pieces read so far hold.
struct Schedule {
    next: usize,
    index: usize,
    diagnostics: usize,
}

/// Reads `text[from..to]`, a piece that starts outside any block and documentation comment.
fn read_piece(file: FileId, text: &str, from: usize, to: usize) -> Piece {
    // Pieces start at line starts, where the count of open brackets starts again from zero.
    if let Some(offset) = too_deep(&text[from..to]) {
        // Nothing after this piece will be used: it counts as a full cap.
        let outcome = Outcome::TooDeep(from + offset);
        return Piece { start: from, outcome, diagnostics: MAX_SYNTAX_ERRORS, stopped: false };
    }
    // `top_catch_all` takes any line that nothing else does, so the grammar accepts every text.
    let Ok(mut pairs) = PrismaParser::parse(Rule::schema, &text[from..to]) else {
        return Piece { start: from, outcome: Outcome::Unreadable, diagnostics: 1, stopped: false };
    };
    let mut builder = Builder {
        file,
        text,
        base: from,
        diagnostics: Vec::new(),
        pending_doc: Vec::new(),
        fields: Vec::new(),
        attributes: Vec::new(),
        arguments: Vec::new(),
    };
    let mut entries = Vec::new();
    let mut count = 0;
    let mut stopped = false;
    for pair in pairs.next().expect("schema always yields itself").into_inner() {
        if pair.as_rule() == Rule::EOI {
            break;
        }
        let end = from + pair.as_span().end();
        let item = builder.top_item(pair);
        let diagnostics = std::mem::take(&mut builder.diagnostics);
        count += diagnostics.len();
        entries.push(Entry { end, item, diagnostics });
        if count >= MAX_SYNTAX_ERRORS {
            // The cap is full whatever the pieces before hold: the rest is not needed.
            stopped = true;
            break;
        }
    }
    Piece { start: from, outcome: Outcome::Read(entries), diagnostics: count, stopped }
}

/// The size past which a file is read in more than one piece: small enough for the pieces of a
/// large schema to spread evenly over the cores, large enough that each costs little to set up.
const CHUNK: usize = 32 * 1024;

/// How many pieces a text must hold before other threads help to read it. A thread costs its start
/// and a heap of its own (fresh pages to fault in); below four pieces of text they cost more than
/// they save: 44 KB reads in 3.7 ms on one thread against 4.8 ms on two, 88 KB in 6.0 against 6.4,
/// 177 KB the same either way, and 290 KB in 12.1 against 10.9 (means of 200 runs, 2 vCPUs).
const PIECES_FOR_HELPERS: usize = 4;

/// Where the piece of `text` that starts at `start` (a line start outside any block) ends: at the
/// first line start at least `chunk` bytes on that is outside any block and any comment and follows
/// a line without a comment, so that the grammar reads the text before and after the cut exactly as
/// it reads the whole, and no documentation comment waits at the cut for the block after it.
///
/// Blocks do not nest and every declaration is one line, so a line scan is enough. Outside a block,
/// a `{` outside strings and comments opens one only after one or two names (see [`header`]); any
/// other line is an invalid one, so a file of other text (JSON, code) is still cut at its lines. A
/// block of a keyword (`model`, `enum`, ...) ends at a line whose first character is `}`; a block of
/// any other name (`modle User {`), at the first `}` after its first line. Wherever the scan could
/// read a line differently from the grammar, it gives up cutting: the piece then runs to the end of
/// the text.
fn next_cut(text: &str, start: usize, chunk: usize) -> usize {
    let bytes = text.as_bytes();
    if bytes.len() - start <= chunk {
        return bytes.len();
    }
    let mut in_block = false;
    // Whether the current line holds anything but spaces, tabs and comments so far.
    let mut code = false;
    // Outside blocks: where the text of the current item starts.
    let mut item: Option<usize> = None;
    // Whether the current line holds (the end of) a comment.
    let mut comment = false;
    let mut i = start;
    while i < bytes.len() {
        match bytes[i] {
            b'\n' | b'\r' => {
                let next = i + 1;
                let line_end = bytes[i] == b'\n' || bytes.get(next) != Some(&b'\n');
                if line_end {
                    if !in_block && !comment && next - start >= chunk {
                        return next;
                    }
                    code = false;
                    comment = false;
                    item = None;
                }
            }
            b' ' | b'\t' => {}
            b'"' => {
                code = true;
                if !in_block {
                    item.get_or_insert(i);
                }
                i += 1;
                while i < bytes.len() && !matches!(bytes[i], b'"' | b'\n' | b'\r') {
                    i += if bytes[i] == b'\\' { 2 } else { 1 };
                }
                if i >= bytes.len() || bytes[i] != b'"' {
                    continue;
                }
            }
            b'/' if bytes.get(i + 1) == Some(&b'/') => {
                comment = true;
                i = line_end(bytes, i);
                continue;
            }
            b'/' if bytes.get(i + 1) == Some(&b'*') => {
                if code {
                    // After other text, the grammar may read `/*` as a comment (after a field)
                    // or as text (in an invalid line). Outside blocks, after anything but a
                    // character outside ASCII (which may be a space: then the comment would start
                    // the line), the line is an invalid one up to its end, which forgets any
                    // documentation comment before it, so a cut may follow.
                    let line_end = line_end(bytes, i);
                    if !in_block && item.is_some_and(|from| bytes[from..i].is_ascii()) {
                        i = line_end;
                        continue;
                    }
                    // Elsewhere both readings agree only when it closes on its line; past that,
                    // the scan gives up cutting.
                    match text[i + 2..line_end].find("*/") {
                        Some(close) => {
                            comment = true;
                            i += 2 + close + 1;
                        }
                        None => return bytes.len(),
                    }
                } else {
                    // Where a line or an item starts, it is a comment, possibly over several lines.
                    comment = true;
                    match text[i + 2..].find("*/") {
                        Some(close) => i += 2 + close + 1,
                        None => return bytes.len(),
                    }
                }
            }
            b'}' if in_block && !code => {
                in_block = false;
                // What follows on the line is read as the start of a new item.
                item = None;
            }
            b'{' if !in_block && item.is_some() => match header(&bytes[item.unwrap_or(i)..i]) {
                Header::Keyword => in_block = true,
                Header::Other => {
                    // The block takes the rest of its first line, then everything up to the first
                    // `}`, wherever it stands; the line goes on after it.
                    let body = line_end(bytes, i);
                    let Some(close) = memchr::memchr(b'}', &bytes[body..]) else { return bytes.len() };
                    i = body + close;
                    // The block is text to the grammar, with no comment in it, and it forgets any
                    // documentation comment before it.
                    (code, comment, item) = (false, false, None);
                }
                // Part of an invalid line.
                Header::None => code = true,
                Header::Unsure => return bytes.len(),
            },
            _ => {
                code = true;
                if !in_block {
                    item.get_or_insert(i);
                }
                // Once a line holds code, only the bytes above matter on it: skip to the next.
                i += bytes[i + 1..].iter().position(|&b| CUT_BYTES[usize::from(b)]).map_or(bytes.len() - i, |n| n + 1);
                continue;
            }
        }
        i += 1;
    }
    bytes.len()
}

/// What a `{` outside blocks opens, by the text of its item before it.
#[derive(Debug, PartialEq)]
enum Header {
    /// A block of a keyword and a name: `model User {`.
    Keyword,
    /// A block of one or two other names: `modle User {`, `model {`.
    Other,
    /// No block: the line is an invalid one.
    None,
    /// The text holds characters outside ASCII, which may be letters or spaces.
    Unsure,
}

/// Reads `before`, the text of an item up to a `{`, as the grammar's block rules do: one or two
/// names separated by spaces and tabs, a keyword first for a keyword's block.
fn header(before: &[u8]) -> Header {
    let name_byte = |b: u8| b.is_ascii_alphanumeric() || b == b'_' || b == b'-';
    if before.iter().any(|&b| b.is_ascii() && !name_byte(b) && b != b' ' && b != b'\t') {
        return Header::None;
    }
    if !before.is_ascii() {
        return Header::Unsure;
    }
    let mut words = before.split(|&b| b == b' ' || b == b'\t').filter(|w| !w.is_empty());
    let (Some(first), second, None) = (words.next(), words.next(), words.next()) else { return Header::None };
    if !first[0].is_ascii_alphanumeric() || second.is_some_and(|w| !w[0].is_ascii_alphanumeric()) {
        return Header::None;
    }
    let keyword = BLOCK_KEYWORDS.iter().any(|k| k.as_bytes() == first);
    if second.is_some() && keyword { Header::Keyword } else { Header::Other }
}

/// Where the line that holds `from` ends: at its `\n` or `\r`, or at the end of the text.
fn line_end(bytes: &[u8], from: usize) -> usize {
    memchr::memchr2(b'\n', b'\r', &bytes[from..]).map_or(bytes.len(), |end| from + end)
}

/// The bytes [`next_cut`] stops at on a line that holds code.
const CUT_BYTES: [bool; 256] = byte_set(b"\n\r\"/{}");

/// A table of the bytes in `bytes`, to find the next of them quickly.
const fn byte_set(bytes: &[u8]) -> [bool; 256] {
    let mut table = [false; 256];
    let mut i = 0;
    while i < bytes.len() {
        table[bytes[i] as usize] = true;
        i += 1;
    }
    table
}

fn starts_block(rest: &str) -> bool {
    let line = rest.lines().next().unwrap_or("").trim();
    line.ends_with('{') && !line.starts_with("//")
}

/// The offset at which arrays, calls and objects nest deeper than [`MAX_NESTING`], outside strings
/// and comments. The count starts again at every line (after `\n`, `\r\n` or a lone `\r`, as the
/// grammar ends lines), as every declaration is one line: a piece of the text that starts at a line
/// start is judged as it is within the whole.
fn too_deep(text: &str) -> Option<usize> {
    let bytes = text.as_bytes();
    let mut depth = 0usize;
    let mut i = 0;
    loop {
        // Most bytes are none of those the scan looks at: skip them in one go.
        match bytes[i..].iter().position(|&b| NESTING_BYTES[usize::from(b)]) {
            Some(skip) => i += skip,
            None => return None,
        }
        match bytes[i] {
            b'"' => {
                i += 1;
                while i < bytes.len() && !matches!(bytes[i], b'"' | b'\n' | b'\r') {
                    i += if bytes[i] == b'\\' { 2 } else { 1 };
                }
                if matches!(bytes.get(i), Some(b'\n' | b'\r')) {
                    // An unclosed string ends with its line, which starts the count again.
                    continue;
                }
            }
            b'/' if bytes.get(i + 1) == Some(&b'/') => {
                // The line break after the comment starts the count again.
                i = line_end(bytes, i);
                if i >= bytes.len() {
                    return None;
                }
                continue;
            }
            b'(' | b'[' | b'{' => {
                depth += 1;
                if depth > MAX_NESTING {
                    return Some(i);
                }
            }
            b')' | b']' | b'}' => depth = depth.saturating_sub(1),
            b'\n' | b'\r' => depth = 0,
            _ => {}
        }
        i += 1;
        if i >= bytes.len() {
            return None;
        }
    }
}

/// The bytes [`too_deep`] looks at: quotes, slashes, brackets and line breaks.
const NESTING_BYTES: [bool; 256] = byte_set(b"\"/([{)]}\n\r");

/// The diagnostics of one file, of which at most [`MAX_SYNTAX_ERRORS`] are kept.
struct Capped<'a> {
    inner: &'a mut Diagnostics,
    count: usize,
}

impl Capped<'_> {
    fn push(&mut self, diagnostic: Diagnostic) {
        if !self.is_full() {
            self.count += 1;
            self.inner.push(diagnostic);
        }
    }

    fn is_full(&self) -> bool {
        self.count >= MAX_SYNTAX_ERRORS
    }

    /// Says that the file holds more errors than the cap and that it was not read past `at`.
    fn push_past_cap(&mut self, file: FileId, at: usize) {
        self.inner.push(Diagnostic::error(
            format!("More than {MAX_SYNTAX_ERRORS} syntax errors in this file: the rest of it was not read."),
            Span::new(file, at, at),
        ));
    }
}

struct Builder<'a> {
    file: FileId,
    text: &'a str,
    /// Offset of the input handed to pest within the file.
    base: usize,
    /// The diagnostics of the pair being read.
    diagnostics: Vec<Diagnostic>,
    /// `///` lines seen since the last declaration.
    pending_doc: Vec<String>,
    /// Lists under construction, used as stacks: a list is pushed above a mark and taken off at
    /// its end (see [`take_from`]), so each is stored at exactly its length instead of the
    /// doubling capacity of a growing `Vec` (a field's one attribute would hold room for four).
    fields: Vec<Field>,
    attributes: Vec<Attribute>,
    arguments: Vec<Argument>,
}

/// The items of `stack` above `mark`, as a list of exactly their number.
fn take_from<T>(stack: &mut Vec<T>, mark: usize) -> Vec<T> {
    stack.drain(mark..).collect()
}

impl Builder<'_> {
    fn span(&self, pair: &Pair<'_, Rule>) -> Span {
        let s = pair.as_span();
        Span::new(self.file, self.base + s.start(), self.base + s.end())
    }

    /// The span of a declaration: from its start to the end of its last part before any trailing
    /// comment and the line break.
    fn declaration_span(&self, pair: &Pair<'_, Rule>) -> Span {
        let start = pair.as_span().start();
        let end = pair
            .clone()
            .into_inner()
            .filter(|p| p.as_rule() != Rule::trailing_comment)
            .map(|p| p.as_span().end())
            .max()
            .unwrap_or(start);
        Span::new(self.file, self.base + start, self.base + end)
    }

    /// The span of a line-level pair without the line break it ends with.
    fn line_span(&self, pair: &Pair<'_, Rule>) -> Span {
        let s = pair.as_span();
        let trimmed = s.as_str().trim_end_matches(['\n', '\r']).trim_end();
        Span::new(self.file, self.base + s.start(), self.base + s.start() + trimmed.len())
    }

    fn ident(&self, pair: Pair<'_, Rule>) -> Ident {
        Ident { name: pair.as_str().to_owned(), span: self.span(&pair) }
    }

    fn take_doc(&mut self) -> Option<String> {
        if self.pending_doc.is_empty() { None } else { Some(std::mem::take(&mut self.pending_doc).join("\n")) }
    }

    fn comment_block(&mut self, pair: Pair<'_, Rule>) {
        for comment in pair.into_inner() {
            match comment.as_rule() {
                Rule::doc_comment => {
                    let text = comment.into_inner().next().map_or("", |t| t.as_str());
                    self.pending_doc.push(text.strip_prefix(' ').unwrap_or(text).trim_end().to_owned());
                }
                Rule::block_comment => {
                    let text = comment.into_inner().next().map_or("", |t| t.as_str());
                    self.pending_doc.push(text.trim().to_owned());
                }
                _ => {}
            }
        }
    }

    fn top_item(&mut self, pair: Pair<'_, Rule>) -> Option<Item> {
        match pair.as_rule() {
            Rule::model_block => Some(Item::Model(self.model(pair))),
            Rule::enum_block => Some(Item::Enum(self.enum_block(pair))),
            Rule::config_block => Some(Item::Config(self.config(pair))),
            Rule::comment_block => {
                self.comment_block(pair);
                None
            }
            Rule::empty_lines => {
                self.pending_doc.clear();
                None
            }
            Rule::unknown_block => {
                self.pending_doc.clear();
                let span = self.span(&pair);
                let first_line = pair.as_str().lines().next().unwrap_or("").trim_end();
                let head = Span { end: span.start + first_line.len() as u32, ..span };
                self.diagnostics.push(
                    Diagnostic::error(
                        "Error validating: This block is invalid. It does not start with any known Prisma schema keyword.",
                        head,
                    )
                    .with_help(keyword_hint(first_line)),
                );
                None
            }
            Rule::top_catch_all => {
                self.pending_doc.clear();
                let span = self.line_span(&pair);
                self.diagnostics.push(
                    Diagnostic::error(
                        "Error validating: This line is invalid. It does not start with any known Prisma schema keyword.",
                        span,
                    )
                    .with_help(
                        "A schema is made of `model`, `view`, `enum`, `type`, `datasource` and `generator` blocks.",
                    ),
                );
                None
            }
            Rule::EOI => None,
            other => unreachable!("unexpected top-level rule {other:?}"),
        }
    }

    /// An invalid line inside a block, reported in Prisma's frame: `Error validating: {message}`.
    fn block_catch_all(&mut self, pair: Pair<'_, Rule>, message: &str, block: BlockKind) {
        self.pending_doc.clear();
        let span = self.line_span(&pair);
        let mut d = Diagnostic::error(format!("Error validating: {message}"), span);
        if let Some(help) = line_hint(pair.as_str().trim(), block) {
            d = d.with_help(help);
        }
        self.diagnostics.push(d);
    }

    fn model(&mut self, pair: Pair<'_, Rule>) -> Model {
        let span = self.span(&pair);
        let documentation = self.take_doc();
        let mut inner = pair.into_inner();
        let kind = match inner.next().unwrap().as_rule() {
            Rule::kw_model => ModelKind::Model,
            Rule::kw_view => ModelKind::View,
            _ => ModelKind::Type,
        };
        let name = self.ident(inner.next().unwrap());
        let (fields, attributes) = (self.fields.len(), self.attributes.len());
        for part in inner {
            if part.as_rule() != Rule::model_body {
                continue;
            }
            for line in part.into_inner() {
                match line.as_rule() {
                    Rule::field => {
                        if let Some(field) = self.field(line) {
                            self.fields.push(field);
                        }
                    }
                    Rule::block_attribute => {
                        self.pending_doc.clear();
                        let attribute = self.attribute(line);
                        self.attributes.push(attribute);
                    }
                    Rule::trailing_comment => {}
                    Rule::comment_block => self.comment_block(line),
                    Rule::empty_lines => self.pending_doc.clear(),
                    Rule::block_catch_all => self.block_catch_all(
                        line,
                        "This line is not a valid field or attribute definition.",
                        BlockKind::Model,
                    ),
                    other => unreachable!("unexpected rule in a model: {other:?}"),
                }
            }
        }
        self.pending_doc.clear();
        let fields = take_from(&mut self.fields, fields);
        let attributes = take_from(&mut self.attributes, attributes);
        Model { kind, name, fields, attributes, documentation, span }
    }

    fn field(&mut self, pair: Pair<'_, Rule>) -> Option<Field> {
        // The declaration's span, as `declaration_span` gives it, found on the way.
        let mut span = self.span(&pair);
        span.end = span.start;
        let documentation = self.take_doc();
        let mut name = None;
        let mut ty = None;
        let mut type_written = false;
        let attributes = self.attributes.len();
        for part in pair.into_inner() {
            if part.as_rule() != Rule::trailing_comment {
                span.end = span.end.max((self.base + part.as_span().end()) as u32);
            }
            match part.as_rule() {
                Rule::identifier => name = Some(self.ident(part)),
                Rule::legacy_colon => {
                    let s = self.span(&part);
                    self.diagnostics.push(
                        Diagnostic::error("Field declarations don't require a `:`.", s)
                            .with_help("Write the name and the type separated by spaces: `name String`."),
                    );
                }
                Rule::field_type => {
                    type_written = true;
                    ty = self.field_type(part);
                }
                Rule::field_attribute => {
                    let attribute = self.attribute(part);
                    self.attributes.push(attribute);
                }
                Rule::trailing_comment => {}
                other => unreachable!("unexpected rule in a field: {other:?}"),
            }
        }
        let attributes = take_from(&mut self.attributes, attributes);
        let name = name?;
        let Some((field_type, arity)) = ty else {
            if type_written {
                // The type was there but malformed, and that is reported already.
                return None;
            }
            self.diagnostics.push(
                Diagnostic::error("This field declaration is invalid. It is either missing a name or a type.", span)
                    .with_help(format!("Give the field a type, for example `{} String`.", name.name)),
            );
            return None;
        };
        Some(Field { name, field_type, arity, attributes, documentation, span })
    }

    fn field_type(&mut self, pair: Pair<'_, Rule>) -> Option<(FieldType, Arity)> {
        let span = self.span(&pair);
        let mut inner = pair.into_inner();
        let first = inner.next().unwrap();
        if first.as_rule() == Rule::legacy_list_type {
            self.base_type(first.into_inner().next().unwrap());
            self.diagnostics
                .push(Diagnostic::error("To specify a list, please use `Type[]` instead of `[Type]`.", span));
            return None;
        }
        let base_type = self.base_type(first);
        let arity = match inner.next() {
            None => Arity::Required,
            Some(suffix) => match suffix.as_rule() {
                Rule::optional_suffix => Arity::Optional,
                Rule::list_suffix if suffix.into_inner().next().is_none() => Arity::List,
                Rule::list_suffix => {
                    self.diagnostics.push(
                        Diagnostic::error("Optional lists are not supported. Use either `Type[]` or `Type?`.", span)
                            .with_help("A list is never null in Prisma: an empty list stands for no values."),
                    );
                    return None;
                }
                Rule::required_suffix => {
                    self.diagnostics
                        .push(Diagnostic::error("Fields are required by default, `!` is no longer required.", span));
                    return None;
                }
                other => unreachable!("unexpected field type suffix {other:?}"),
            },
        };
        Some((base_type, arity))
    }

    fn base_type(&mut self, pair: Pair<'_, Rule>) -> FieldType {
        let inner = pair.into_inner().next().unwrap();
        match inner.as_rule() {
            Rule::identifier => FieldType::Named(self.ident(inner)),
            Rule::unsupported_type => {
                let span = self.span(&inner);
                let literal = inner.into_inner().next().unwrap();
                let db_type = self.string(literal);
                FieldType::Unsupported { db_type, span }
            }
            other => unreachable!("unexpected base type rule {other:?}"),
        }
    }

    fn enum_block(&mut self, pair: Pair<'_, Rule>) -> Enum {
        let span = self.span(&pair);
        let documentation = self.take_doc();
        let mut inner = pair.into_inner();
        inner.next(); // the keyword
        let name = self.ident(inner.next().unwrap());
        let mut e = Enum { name, values: Vec::new(), attributes: Vec::new(), documentation, span };
        for part in inner {
            if part.as_rule() != Rule::enum_body {
                continue;
            }
            for line in part.into_inner() {
                match line.as_rule() {
                    Rule::enum_value => {
                        let span = self.declaration_span(&line);
                        let documentation = self.take_doc();
                        let mut parts = line.into_inner();
                        let name = self.ident(parts.next().unwrap());
                        let mark = self.attributes.len();
                        for part in parts.filter(|p| p.as_rule() == Rule::field_attribute) {
                            let attribute = self.attribute(part);
                            self.attributes.push(attribute);
                        }
                        let attributes = take_from(&mut self.attributes, mark);
                        e.values.push(EnumValue { name, attributes, documentation, span });
                    }
                    Rule::block_attribute => {
                        self.pending_doc.clear();
                        e.attributes.push(self.attribute(line));
                    }
                    Rule::trailing_comment => {}
                    Rule::comment_block => self.comment_block(line),
                    Rule::empty_lines => self.pending_doc.clear(),
                    Rule::block_catch_all => {
                        self.block_catch_all(line, "This line is not an enum value definition.", BlockKind::Enum)
                    }
                    other => unreachable!("unexpected rule in an enum: {other:?}"),
                }
            }
        }
        self.pending_doc.clear();
        e
    }

    fn config(&mut self, pair: Pair<'_, Rule>) -> ConfigBlock {
        let span = self.span(&pair);
        let documentation = self.take_doc();
        let mut inner = pair.into_inner();
        let kind = match inner.next().unwrap().as_rule() {
            Rule::kw_datasource => ConfigKind::Datasource,
            _ => ConfigKind::Generator,
        };
        let name = self.ident(inner.next().unwrap());
        let mut block = ConfigBlock { kind, name, properties: Vec::new(), documentation, span };
        let what = match kind {
            ConfigKind::Datasource => "datasource",
            ConfigKind::Generator => "generator",
        };
        for part in inner {
            if part.as_rule() != Rule::config_body {
                continue;
            }
            for line in part.into_inner() {
                match line.as_rule() {
                    Rule::key_value => {
                        let span = self.declaration_span(&line);
                        let mut parts = line.into_inner();
                        let name = self.ident(parts.next().unwrap());
                        let value = parts.find(|p| p.as_rule() != Rule::trailing_comment).map(|p| self.expr(p));
                        block.properties.push(Property { name, value, span });
                    }
                    Rule::comment_block => self.comment_block(line),
                    Rule::empty_lines => {}
                    Rule::block_catch_all => self.block_catch_all(
                        line,
                        &format!("This line is not a valid definition within a {what}."),
                        BlockKind::Config,
                    ),
                    other => unreachable!("unexpected rule in a {what}: {other:?}"),
                }
            }
        }
        self.pending_doc.clear();
        block
    }

    fn attribute(&mut self, pair: Pair<'_, Rule>) -> Attribute {
        let span = self.span(&pair);
        let mut inner = pair.into_inner();
        let name = self.ident(inner.next().unwrap());
        let arguments = inner.next().map(|args| self.arguments(args)).unwrap_or_default();
        Attribute { name, arguments, span }
    }

    fn arguments(&mut self, pair: Pair<'_, Rule>) -> Arguments {
        let mut args = Arguments { span: Some(self.span(&pair)), ..Arguments::default() };
        let items = self.arguments.len();
        for part in pair.into_inner() {
            match part.as_rule() {
                Rule::named_argument => {
                    let span = self.span(&part);
                    let mut inner = part.into_inner();
                    let name = self.ident(inner.next().unwrap());
                    match inner.next() {
                        Some(value) => {
                            let value = self.expr(value);
                            self.arguments.push(Argument { name: Some(name), value, span });
                        }
                        // `name:` with no value.
                        None => args.empty.push(name),
                    }
                }
                Rule::trailing_comma => args.trailing_comma = Some(self.span(&part)),
                _ => {
                    let span = self.span(&part);
                    let value = self.expr(part);
                    self.arguments.push(Argument { name: None, value, span });
                }
            }
        }
        args.items = take_from(&mut self.arguments, items);
        args
    }

    fn expr(&mut self, pair: Pair<'_, Rule>) -> Expr {
        let span = self.span(&pair);
        match pair.as_rule() {
            Rule::string_literal => Expr::String(self.string(pair), span),
            Rule::number => Expr::Number(pair.as_str().to_owned(), span),
            Rule::path => Expr::Constant(pair.as_str().to_owned(), span),
            Rule::array => Expr::Array(pair.into_inner().map(|p| self.expr(p)).collect(), span),
            Rule::object => {
                let entries = pair
                    .into_inner()
                    .map(|entry| {
                        let span = self.span(&entry);
                        let mut inner = entry.into_inner();
                        let key = self.ident(inner.next().unwrap());
                        let value = self.expr(inner.next().unwrap());
                        ObjectEntry { key, value, span }
                    })
                    .collect();
                Expr::Object(entries, span)
            }
            Rule::function_call | Rule::path_or_call => {
                let mut inner = pair.into_inner();
                let path = inner.next().unwrap();
                match inner.next() {
                    Some(arguments) => {
                        let name = self.ident(path);
                        let arguments = self.arguments(arguments);
                        Expr::Function(Box::new(FunctionCall { name, arguments, span }))
                    }
                    None => Expr::Constant(path.as_str().to_owned(), span),
                }
            }
            other => unreachable!("unexpected expression rule {other:?}"),
        }
    }

    /// Decodes a string literal's escapes (those of JSON strings), reporting unknown ones.
    fn string(&mut self, pair: Pair<'_, Rule>) -> String {
        let content = pair.into_inner().next().unwrap();
        let raw = content.as_str();
        let start = self.base + content.as_span().start();
        let mut out = String::with_capacity(raw.len());
        let mut chars = raw.char_indices().peekable();
        while let Some((i, c)) = chars.next() {
            if c != '\\' {
                out.push(c);
                continue;
            }
            let Some((_, escaped)) = chars.next() else { break };
            let simple = match escaped {
                '"' => Some('"'),
                '\\' => Some('\\'),
                '/' => Some('/'),
                'b' => Some('\u{8}'),
                'f' => Some('\u{c}'),
                'n' => Some('\n'),
                'r' => Some('\r'),
                't' => Some('\t'),
                _ => None,
            };
            if let Some(ch) = simple {
                out.push(ch);
                continue;
            }
            if escaped == 'u' {
                match read_unicode_escape(&raw[i..]) {
                    Some((ch, len)) => {
                        out.push(ch);
                        // Skip what the escape used beyond `\u`.
                        let end = i + len;
                        while chars.peek().is_some_and(|&(j, _)| j < end) {
                            chars.next();
                        }
                        continue;
                    }
                    None => {
                        let len = 2 + raw[i + 2..].chars().take(4).map(char::len_utf8).sum::<usize>();
                        self.diagnostics.push(Diagnostic::error(
                            "Invalid unicode escape sequence: write `\\u` and four hexadecimal digits (a surrogate pair for characters beyond U+FFFF).",
                            Span::new(self.file, start + i, start + i + len),
                        ));
                        continue;
                    }
                }
            }
            let len = 1 + escaped.len_utf8();
            self.diagnostics.push(
                Diagnostic::error(
                    "Unknown escape sequence. If the value is a windows-style path, `\\` must be escaped as `\\\\`.",
                    Span::new(self.file, start + i, start + i + len),
                )
                .with_help("Strings accept the escapes of JSON: \\\" \\\\ \\/ \\b \\f \\n \\r \\t \\uXXXX."),
            );
        }
        let _ = self.text;
        out
    }
}

/// The words that start a block.
const BLOCK_KEYWORDS: [&str; 6] = ["model", "view", "enum", "type", "datasource", "generator"];

/// Advice for a block that starts with an unknown word: the keyword it is closest to.
fn keyword_hint(first_line: &str) -> String {
    let word = first_line.split_whitespace().next().unwrap_or("").to_lowercase();
    let close = BLOCK_KEYWORDS.iter().find(|k| edit_distance(&word, k) <= 2 && word.len() > 2);
    match close {
        Some(keyword) => format!("Did you mean `{keyword}`?"),
        None => "Blocks start with `model`, `view`, `enum`, `type`, `datasource` or `generator`.".into(),
    }
}

/// Levenshtein distance, for suggestions.
fn edit_distance(a: &str, b: &str) -> usize {
    let b: Vec<char> = b.chars().collect();
    let mut previous: Vec<usize> = (0..=b.len()).collect();
    for (i, ca) in a.chars().enumerate() {
        let mut current = vec![i + 1; b.len() + 1];
        for (j, cb) in b.iter().enumerate() {
            let cost = usize::from(ca != *cb);
            current[j + 1] = (previous[j + 1] + 1).min(current[j] + 1).min(previous[j] + cost);
        }
        previous = current;
    }
    previous[b.len()]
}

/// The kind of block a broken line is in, for the hint about it.
#[derive(Clone, Copy, PartialEq, Eq)]
enum BlockKind {
    Model,
    Enum,
    Config,
}

/// A likely cause of a broken line inside a block, in plain words.
fn line_hint(line: &str, block: BlockKind) -> Option<String> {
    let first_word = line.split_whitespace().next().unwrap_or("");
    if line.ends_with('{') && BLOCK_KEYWORDS.contains(&first_word) {
        return Some("This looks like the start of a new block: is the `}` of the block above missing?".into());
    }
    let code = line.split("//").next().unwrap_or(line);
    let (mut in_string, mut escaped, mut parens, mut brackets, mut braces) = (false, false, 0i32, 0i32, 0i32);
    // The line without white space, every string written `""`: the shape of its punctuation.
    let mut shape = String::with_capacity(code.len());
    for c in code.chars() {
        if in_string {
            match c {
                _ if escaped => escaped = false,
                '\\' => escaped = true,
                '"' => {
                    in_string = false;
                    shape.push('"');
                }
                _ => {}
            }
            continue;
        }
        match c {
            '"' => in_string = true,
            '(' => parens += 1,
            ')' => parens -= 1,
            '[' => brackets += 1,
            ']' => brackets -= 1,
            '{' => braces += 1,
            '}' => braces -= 1,
            _ => {}
        }
        if !c.is_whitespace() {
            shape.push(c);
        }
    }
    if in_string {
        return Some("A string on this line is never closed: add the missing `\"`.".into());
    }
    if braces > 0 && shape.ends_with('{') {
        return Some("An object is written on one line: `where: { active: true }`.".into());
    }
    if parens != 0 {
        return Some("The parentheses on this line do not match: every `(` needs a `)` on the same line.".into());
    }
    if brackets != 0 {
        return Some("The brackets on this line do not match: every `[` needs a `]` on the same line.".into());
    }
    if braces != 0 {
        return Some("The braces on this line do not match: every `{` needs a `}` on the same line.".into());
    }
    if shape.contains(",]") || shape.contains(",,") {
        return Some("Lists take no trailing or doubled commas: `[a, b]`.".into());
    }
    if shape.contains(",}") {
        return Some("Objects take no trailing comma: `{ a: 1, b: 2 }`.".into());
    }
    if shape.contains("{\"\":") || (shape.contains('{') && shape.contains(",\"\":")) {
        return Some("The keys of an object are bare names, without quotes: `{ active: true }`.".into());
    }
    match block {
        BlockKind::Model if shape.contains('{') => Some(
            "An object is written `{ key: value, ... }`, each key a bare name followed by a colon: `where: { active: true, deletedAt: null }`."
                .into(),
        ),
        BlockKind::Model if code.contains('=') => {
            Some("Fields take no `=`: write a default value as `@default(...)`, e.g. `count Int @default(0)`.".into())
        }
        BlockKind::Model if first_word.starts_with('@') && !first_word.starts_with("@@") => Some(
            "An attribute of the whole model starts with `@@` (`@@index`, `@@unique`, `@@id`, `@@map`); `@` attributes go after a field's type."
                .into(),
        ),
        BlockKind::Model => Some("A field is a name, a type and attributes: `email String @unique`.".into()),
        BlockKind::Enum if code.contains('=') || code.contains(',') => {
            Some("Enum values are bare names, one per line, without `=` or commas.".into())
        }
        BlockKind::Config if !code.contains('=') => Some("Settings are written `key = value`.".into()),
        _ => None,
    }
}

/// Reads `\uXXXX` (or a surrogate pair `\uD83D\uDE00`) at the start of `s`; returns the character
/// and the number of bytes used.
fn read_unicode_escape(s: &str) -> Option<(char, usize)> {
    let hex = |from: usize| -> Option<u32> {
        let digits = s.get(from..from + 4)?;
        if !digits.bytes().all(|b| b.is_ascii_hexdigit()) {
            return None;
        }
        u32::from_str_radix(digits, 16).ok()
    };
    let first = hex(2)?;
    match first {
        0xD800..=0xDBFF => {
            if s.get(6..8)? != "\\u" {
                return None;
            }
            let second = hex(8)?;
            if !(0xDC00..=0xDFFF).contains(&second) {
                return None;
            }
            let code = 0x10000 + ((first - 0xD800) << 10) + (second - 0xDC00);
            Some((char::from_u32(code)?, 12))
        }
        0xDC00..=0xDFFF => None,
        _ => Some((char::from_u32(first)?, 6)),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn unicode_escapes() {
        assert_eq!(read_unicode_escape("\\u00e9"), Some(('é', 6)));
        assert_eq!(read_unicode_escape("\\ud83d\\ude00"), Some(('😀', 12)));
        assert_eq!(read_unicode_escape("\\ud83d"), None);
        assert_eq!(read_unicode_escape("\\u12"), None);
    }

    #[test]
    fn nesting_is_bounded() {
        let deep = format!("model A {{\n  id Int @default({}1{})\n}}\n", "[".repeat(40), "]".repeat(40));
        assert!(too_deep(&deep).is_some());
        assert!(too_deep("model A {\n  id Int @@index([a(sort: Desc)])\n}\n").is_none());
        let objects = format!("model A {{\n  @@index([a], where: {}a: 1{})\n}}\n", "{ a: ".repeat(40), " }".repeat(40));
        assert!(too_deep(&objects).is_some());
        // Brackets inside strings and comments do not count.
        let quoted = format!("// {}\nmodel A {{\n  s String @default(\"{}\")\n}}\n", "[".repeat(40), "(".repeat(40));
        assert!(too_deep(&quoted).is_none());
        // Every line starts the count again, also after a comment or an unclosed string.
        let open = "[".repeat(20);
        assert!(too_deep(&format!("a @x({open} // c\nb @x({open}\n")).is_none());
        assert!(too_deep(&format!("a @x({open} \"abc\nb @x({open}\n")).is_none());
        // A lone `\r` ends a line too, as the grammar reads it (and as the file is cut into pieces).
        assert!(too_deep(&format!("a @x({open}\rb @x({open}\n")).is_none());
        assert!(too_deep(&format!("a @x({open} // c\rb @x({open}\n")).is_none());
        assert!(too_deep(&format!("a @x({open} \"abc\rb @x({open}\n")).is_none());
        let broken = format!("model [ {{\n  id Int @i({open}\r{open}\n}}\n");
        assert!(reads_the_same_in_pieces(&broken));
        assert!(too_deep(&format!("a @x({open}{open} // c\n")).is_some());
    }

    /// Text whose `}` lines sit inside block comments, strings and broken blocks, to cut at every
    /// possible place.
    const TRICKY: &str = "/// A user.\nmodel User {\n  id Int @id\n  name String @default(\"}\") // }\n}\n/* a comment\n}\nover lines */\nmodel Post {\n  id Int @id /* trailing\n}\n*/\n}\nmodle Broken {\n}\n  }\nenum Role {\n  A\n}\r\n\ndatasource db {\n  provider = \"postgresql\"\n}\nmodel Open {\n  id Int @id\n";

    /// Where `text` is cut in the smallest pieces.
    fn cuts(text: &str) -> Vec<usize> {
        std::iter::successors(Some(0), |&start| (start < text.len()).then(|| next_cut(text, start, 0)))
            .skip(1)
            .collect()
    }

    #[test]
    fn pieces_read_as_the_whole() {
        let whole = parse_in_pieces(TRICKY, usize::MAX);
        for chunk in [0, 1, 16, 40, 100] {
            assert_eq!(parse_in_pieces(TRICKY, chunk), whole, "pieces of {chunk} bytes");
        }
        // The text is cut at line starts outside blocks and comments, nowhere else, and never right
        // after a line with a comment (12: after `/// A user.`, 102: after `over lines */`).
        // After `id Int @id /* trailing`, a comment the grammar may read as one or as text, the scan
        // stops cutting; with the comment closed on its line it goes on.
        assert_eq!(cuts(TRICKY), [73, 258]);
        let closed = TRICKY.replace("/* trailing\n}\n*/\n", "/* trailing */\n");
        assert_eq!(cuts(&closed), [73, 145, 162, 166, 185, 186, 230, 256]);
        for chunk in [0, 1, 16, 40, 100] {
            assert_eq!(
                parse_in_pieces(&closed, chunk),
                parse_in_pieces(&closed, usize::MAX),
                "pieces of {chunk} bytes"
            );
        }
        // A `/*` after other text on a line outside blocks is part of that invalid line: the text
        // is cut after that line, and the block on the next line is read as a block.
        let invalid = "a /* b\nmodel A {\n*/\n}\nx\n";
        assert_eq!(next_cut(invalid, 0, 0), 7);
        assert_eq!(parse_in_pieces(invalid, 0), parse_in_pieces(invalid, usize::MAX));
        assert!(parse_in_pieces(invalid, usize::MAX).contains("name: \"A\""));
    }

    /// A `{` after more than two words, or none, opens no block: text that is not a schema (JSON,
    /// code, prose with braces) is still cut at its lines, and reads as it does whole. One or two
    /// words before a `{`, or any character outside ASCII on the line, may open a block.
    #[test]
    fn braces_after_many_words_open_no_block() {
        let cuts = |text: &str| cuts(text).len();
        let other = "{\n  \"name\": \"x\", \"a\": { \"b\": 1 }\n}\nthis is not a line {{ ] ) \"\nif (a) { b(); }\n";
        assert_eq!(cuts(other), other.lines().count());
        assert_eq!(parse_in_pieces(other, 0), parse_in_pieces(other, usize::MAX));
        let blocks = [
            "model User {\n  id Int @id\n}\n",
            "modle User{\n  id Int @id\n}\n",
            "x {\n  a b c {\n}\n",
            "x {\n} model A {\n  id Int\n}\n",
            // Blocks of other names end at their first `}`.
            "modle User {\n  id Int @default(\"}\")\n",
            "model {\n  // }\n",
        ];
        for block in blocks {
            let text = format!("{block}a b c {{\n{block}");
            // The block's lines are never cut; the line after it is.
            assert_eq!(cuts(&text), 3, "{text}");
            assert_eq!(parse_in_pieces(&text, 0), parse_in_pieces(&text, usize::MAX), "{text}");
        }
        // Texts on which an earlier scan cut inside a comment: a `/*` after a space outside ASCII
        // (a comment to the grammar), and a block of another name ending at a `}` after `/*`.
        for text in ["\u{a0}{/*\na b c {\n/*//\n}\n*/", "\nюзер {\n/*}\nmodel User {\n*/}\n  id Int @id\n\n}\n"] {
            assert_eq!(parse_in_pieces(text, 0), parse_in_pieces(text, usize::MAX), "{text}");
        }
        // Characters outside ASCII before a `{` may be letters or spaces: the cutting stops there.
        for block in ["model \u{a0} User {\n  id Int @id\n}\n", "модель Юзер {\n  id Int\n}\n"] {
            let text = format!("a b c {{\n{block}a b c {{\n");
            assert_eq!(cuts(&text), 2, "{text}");
            assert_eq!(parse_in_pieces(&text, 0), parse_in_pieces(&text, usize::MAX), "{text}");
        }
    }

    proptest::proptest! {
        #![proptest_config(proptest::prelude::ProptestConfig { cases: 512, ..Default::default() })]
        /// Text made of the pieces of schema syntax that decide where blocks, comments and lines
        /// start and end reads the same in the smallest pieces as in one.
        #[test]
        fn any_text_reads_as_the_whole_in_pieces(
            tokens in proptest::collection::vec(proptest::sample::select(vec![
                "model", "enum", "User", "a", "é", "юзер", " ", "  ", "\t", "\u{a0}", "\u{2003}", "{", "}",
                "\n", "\r\n", "\r", "\"", "//", "///", "/*", "*/", "@id", "(", ")", "[", "]", ":", "=",
                "\nmodel User {\n", "\nx {\n", "\na b c {\n", "\nmodel \u{a0} A {\n", "\nюзер {\n", "\n}\n",
                "\n  id Int @id\n", "\n  @@index([a])\n", "\nmodel {\n", "\nenum E {\n", "\n/* }\n", "\"}\"", "x}",
                "\nif (a) {\n", "\nmodel A.B {\n",
            ]), 0..60)
        ) {
            let text = tokens.concat();
            let whole = parse_in_pieces(&text, usize::MAX);
            proptest::prop_assert_eq!(parse_in_pieces(&text, 0), whole.clone(), "{:?}", text);
            proptest::prop_assert_eq!(parse_in_pieces(&text, 8), whole, "{:?}", text);
        }
    }

    /// Deep nesting anywhere, even past the cap on diagnostics, gives its one diagnostic, however the
    /// text is cut.
    #[test]
    fn deep_nesting_is_found_in_every_piece() {
        let deep = format!("  x Int @default({}1{})\n", "[".repeat(40), "]".repeat(40));
        let model = "model A {\n  id Int @id\n}\n";
        let late = format!("{}model B {{\n{deep}}}\n", model.repeat(20));
        let broken = format!("{}model B {{\n{deep}}}\n", "x\n".repeat(MAX_SYNTAX_ERRORS + 10));
        for text in [late, broken] {
            let whole = parse_in_pieces(&text, usize::MAX);
            assert!(whole.contains("nested more than"), "{whole}");
            assert_eq!(parse_in_pieces(&text, 0), whole);
            assert_eq!(parse_in_pieces(&text, 64), whole);
        }
    }

    /// Past the cap on diagnostics, reading stops with the same message however the text is cut.
    #[test]
    fn the_cap_is_reached_the_same_in_pieces() {
        let text = format!("{}model A {{\n  id Int @id\n}}\n", "x\n".repeat(MAX_SYNTAX_ERRORS + 10));
        let whole = parse_in_pieces(&text, usize::MAX);
        assert!(whole.contains("More than"), "{whole}");
        for chunk in [0, 64, 4096] {
            assert_eq!(parse_in_pieces(&text, chunk), whole, "pieces of {chunk} bytes");
        }
    }

    /// Every schema of the repository, and each with comment, string and brace tokens inserted
    /// along it, reads the same in the smallest pieces as in one.
    #[test]
    fn pieces_read_as_the_whole_on_every_fixture_and_its_mutations() {
        let root = concat!(env!("CARGO_MANIFEST_DIR"), "/../..");
        let mut files = Vec::new();
        for dir in ["examples", "tests/syntax/ok", "tests/syntax/err", "tests/validate/ok", "tests/validate/err"] {
            for entry in std::fs::read_dir(format!("{root}/{dir}")).unwrap() {
                let path = entry.unwrap().path();
                if path.extension().is_some_and(|e| e == "prisma") {
                    files.push(std::fs::read_to_string(&path).unwrap());
                }
            }
        }
        assert!(files.len() > 400, "{} fixtures", files.len());
        for text in &files {
            assert_eq!(parse_in_pieces(text, 0), parse_in_pieces(text, usize::MAX), "{text}");
            let tokens = ["{", "}", "/*", "*/", "\"", "//", "\n}\n", "\r", "\na b {", "\nx {", " \u{a0} ", "é"];
            for (n, token) in tokens.iter().enumerate() {
                for at in (n * 7..text.len()).step_by(89).filter(|&at| text.is_char_boundary(at)) {
                    let mutated = format!("{}{token}{}", &text[..at], &text[at..]);
                    let whole = parse_in_pieces(&mutated, usize::MAX);
                    assert_eq!(parse_in_pieces(&mutated, 0), whole, "{mutated}");
                }
            }
        }
    }
}
