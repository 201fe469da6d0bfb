# Selecting log files with fnmatch, parsing command lines with shlex, escaping HTML for a report.
import fnmatch
import html
import shlex

files = ["app.log", "app.log.1", "error.log", "access-2024-01.log", "access-2024-02.log", "notes.txt", "Makefile", "data.CSV"]
for pattern in ["*.log", "access-2024-0[12].log", "app.log.?", "*.[ct]sv", "[!a]*", "*"]:
    print(f"{pattern:24}", fnmatch.filter(files, pattern))
print(fnmatch.fnmatch("DATA.CSV", "*.csv"), fnmatch.fnmatchcase("data.CSV", "*.CSV"))

commands = [
    'grep -rn "TODO: fix" src/ --include=*.py',
    "rsync -av --exclude='*.tmp' ./build/ user@host:/srv/app",
    'echo "nested \\"quotes\\" here" \'single\' plain\\ space',
    "deploy --env prod # trailing comment",
]
for cmd in commands:
    argv = shlex.split(cmd, comments=True)
    print(len(argv), argv)
    print("  rejoined:", shlex.join(argv))
print(shlex.quote("$HOME/file name"), shlex.quote("plain"), shlex.split(""))

rows = [("<script>", "a & b"), ("Tom's \"quote\"", "5 > 3")]
cells = "".join(f"<tr><td>{html.escape(a)}</td><td>{html.escape(b, quote=False)}</td></tr>" for a, b in rows)
print(cells)
print(html.unescape(cells) == "".join(f"<tr><td>{a}</td><td>{b}</td></tr>" for a, b in rows))
print(html.unescape("Fish &amp; Chips &pound;5 &mdash; caf&eacute; &#9731; &#x1F600; &lt;ok&gt; &unknown; &ltmore"))
