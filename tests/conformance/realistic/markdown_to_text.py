# a tiny markdown renderer: headings, lists, emphasis, links, code blocks
import re

DOC = """# Release notes

Version **2.1** brings *faster* parsing and [docs](https://example.org/docs).

## Changes
- new `json` encoder
- fixed **two** crashes
  - nested item
1. first step
2. second step

```
code stays as-is **here**
```

> quoted text with *style*
"""

def inline(text):
    links = []
    def link(m):
        links.append(m.group(2))
        return f"{m.group(1)}[{len(links)}]"
    text = re.sub(r"\[([^\]]+)\]\(([^)]+)\)", link, text)
    text = re.sub(r"\*\*(.+?)\*\*", lambda m: m.group(1).upper(), text)
    text = re.sub(r"\*(.+?)\*", r"_\1_", text)
    text = re.sub(r"`([^`]+)`", r"'\1'", text)
    return text, links

def render(md):
    out, refs, in_code = [], [], False
    for line in md.splitlines():
        if line.startswith("```"):
            in_code = not in_code
            continue
        if in_code:
            out.append("    " + line)
            continue
        m = re.match(r"(#+) (.*)", line)
        if m:
            title = m.group(2)
            out.append(title.upper() if len(m.group(1)) == 1 else title)
            out.append(("=" if len(m.group(1)) == 1 else "-") * len(title))
            continue
        m = re.match(r"(\s*)([-*]|\d+\.) (.*)", line)
        if m:
            depth = len(m.group(1)) // 2
            bullet = "*" if m.group(2) in "-*" else m.group(2)
            text, links = inline(m.group(3))
            refs.extend(links)
            out.append("  " * depth + f" {bullet} {text}")
            continue
        if line.startswith("> "):
            text, links = inline(line[2:])
            out.append("| " + text)
            continue
        text, links = inline(line)
        refs.extend(links)
        out.append(text)
    if refs:
        out.append("")
        out.extend(f"[{i}] {url}" for i, url in enumerate(refs, 1))
    return "\n".join(out)

print(render(DOC))
