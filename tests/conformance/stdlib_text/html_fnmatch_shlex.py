# html.escape/unescape, fnmatch patterns and shlex split/quote/join.
import html, fnmatch, shlex
print(html.escape('<a href="x">Tom & \'Jerry\'</a>'), html.escape("<b>", quote=False))
print(html.unescape("&lt;p&gt;caf&eacute; &amp; cr&egrave;me &copy; 2024 &#8364; &#x41;&#X42; &euro; &hellip; &nbsp;|&bogus; &amp &ampx &#0; &#128; &#xD800; &notit; &alpha;&Omega;"))
print(fnmatch.fnmatch("report.csv", "*.csv"), fnmatch.fnmatch("a.txt", "*.csv"), fnmatch.fnmatchcase("A.CSV", "*.csv"))
print(fnmatch.filter(["a.py", "b.txt", "c.py", "test_x.py", "data1.csv", "data22.csv"], "*.py"), fnmatch.filter(["data1.csv", "data22.csv", "datax.csv"], "data[0-9].csv"))
print(fnmatch.fnmatch("file?", "file[?]"), fnmatch.fnmatch("abc", "a?c"), fnmatch.fnmatch("x", "[!a-c]"), fnmatch.translate("*.py"), fnmatch.translate("a?[!b-d]"))
print(shlex.split('ls -la "my file.txt" \'single q\' a\\ b "esc \\"q\\"" x#y # c'), shlex.split("a # comment\nb", comments=True))
print(shlex.quote("safe-name.txt"), shlex.quote("it's here"), shlex.quote(""), shlex.join(["echo", "hello world", "a'b"]))
for bad in ['"open', "x\\"]:
    try:
        shlex.split(bad)
    except ValueError as e:
        print("ValueError:", e)

