//! Printers: text, Graphviz dot, json. Placeholder; filled in by the IR work.
