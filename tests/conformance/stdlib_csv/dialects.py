# csv reader/writer quoting rules, dialects, DictReader/DictWriter and csv.Error messages.
import csv, io
rows = [["name", "qty", "note"], ["apple", 3, "red, round"], ["pear", 1.5, 'say "hi"'], ["fig", None, "multi\nline"], ["", True, ""]]
out = io.StringIO()
w = csv.writer(out)
for r in rows:
    w.writerow(r)
print(repr(out.getvalue()))
print(repr(w.writerow(["x"])))
out.seek(0)
for rec in csv.reader(out):
    print(rec)
for q in (csv.QUOTE_ALL, csv.QUOTE_NONNUMERIC, csv.QUOTE_MINIMAL):
    o = io.StringIO()
    csv.writer(o, quoting=q, lineterminator="\n").writerows([[1, "a", None, 2.5, ""], [""], [None], []])
    print(repr(o.getvalue()))
o = io.StringIO()
csv.writer(o, delimiter="|", quoting=csv.QUOTE_NONE, escapechar="\\").writerow(["a|b", "c\"d", "e"])
print(repr(o.getvalue()))
try:
    csv.writer(io.StringIO(), quoting=csv.QUOTE_NONE).writerow(["a,b"])
except csv.Error as e:
    print("Error:", e)
try:
    csv.writer(io.StringIO()).writerow(5)
except csv.Error as e:
    print("Error:", e)
lines = ['id,name,score', '1,"Smith, J",90', '2,Lee,85', '', '3,"Multi', 'line",70', '4,"a ""quoted"" word",1']
for r in csv.reader(lines):
    print(r)
print(list(csv.reader(["a; b;c"], delimiter=";", skipinitialspace=True)))
print(list(csv.reader(['1,"x",3.5'], quoting=csv.QUOTE_NONNUMERIC)))
print(list(csv.reader(['a,"b"c,d'])))
try:
    list(csv.reader(['a,"b"c,d'], strict=True))
except csv.Error as e:
    print("Error:", e)
try:
    list(csv.reader(['"unterminated'], strict=True))
except csv.Error as e:
    print("Error:", e)
print(list(csv.reader(['"unterminated'])))
try:
    list(csv.reader(['a\rb,c']))
except csv.Error as e:
    print("Error:", e)
data = "name,dept,salary\r\nann,eng,100\r\nbob,ops\r\ncid,eng,90,extra\r\n"
rd = csv.DictReader(io.StringIO(data))
print(rd.fieldnames)
for r in rd:
    print(r, rd.line_num)
rd = csv.DictReader(io.StringIO("a,b\n1,2,3\n4\n"), restkey="rest", restval="?")
print(list(rd))
print(list(csv.DictReader(["x,y", "1,2"], fieldnames=["p", "q"])))
o = io.StringIO()
dw = csv.DictWriter(o, fieldnames=["name", "score"], restval="n/a")
dw.writeheader()
dw.writerow({"name": "ann", "score": 3})
dw.writerows([{"name": "bob"}, {"score": 7, "name": "c,d"}])
print(repr(o.getvalue()))
try:
    dw.writerow({"name": "x", "age": 3})
except ValueError as e:
    print("ValueError:", e)
dw2 = csv.DictWriter(o, ["name"], extrasaction="ignore"); dw2.writerow({"name": 1, "zzz": 2})
try:
    csv.DictWriter(o, ["a"], extrasaction="bad")
except ValueError as e:
    print(e)
csv.register_dialect("pipes", delimiter="|")
o = io.StringIO(); csv.writer(o, dialect="pipes").writerow(["a", "b|c"]); print(repr(o.getvalue()))
print(sorted(csv.list_dialects()))
try:
    csv.get_dialect("nope")
except csv.Error as e:
    print("Error:", e)
o = io.StringIO(); csv.writer(o, dialect=csv.excel_tab).writerow(["a b", "c\td"]); print(repr(o.getvalue()))
o = io.StringIO(); csv.writer(o, dialect="unix").writerow(["a", 1]); print(repr(o.getvalue()))
try:
    csv.writer(io.StringIO(), delimiter="::")
except TypeError as e:
    print(e)
