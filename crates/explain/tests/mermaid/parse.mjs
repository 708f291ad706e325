// Reads a JSON array of Mermaid diagrams on standard input and prints, for each, "ok" or the
// parser's error on one line. Used by crates/explain/tests/erd.rs.
import mermaid from 'mermaid';

let input = '';
for await (const chunk of process.stdin) input += chunk;
for (const diagram of JSON.parse(input)) {
  try {
    await mermaid.parse(diagram);
    console.log('ok');
  } catch (error) {
    console.log(String(error.message ?? error).replace(/\s+/g, ' '));
  }
}
