# textwrap: wrap, fill, dedent, indent, shorten
import textwrap
text = "The quick brown fox jumps over the lazy dog. Pack my box with five dozen liquor jugs. How vexingly quick daft zebras jump!"
print(textwrap.wrap(text, width=30))
print(textwrap.fill(text, width=40))
print(textwrap.fill(text, width=35, initial_indent="* ", subsequent_indent="  "))
code = """
    def f():
        return 1
    print(f())
"""
print(textwrap.dedent(code))
print(textwrap.indent("line one\nline two\n\nline four", "> "))
print(textwrap.indent("a\nb", "+ ", lambda line: line.startswith("b")))
print(textwrap.shorten(text, width=50), textwrap.shorten("short", width=50))
print(textwrap.shorten(text, width=40, placeholder=" [more]"))
