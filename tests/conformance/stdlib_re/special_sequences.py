# character classes, anchors, lookarounds, non-greedy
import re
s = "<b>bold</b> and <i>italic</i>"
print(re.findall(r"<.+>", s), re.findall(r"<.+?>", s))
print(re.findall(r"\bcat\b", "cat concat cat's bobcat"), re.findall(r"\Bcat", "concat bobcat cat"))
print(re.findall(r"\d+(?= dollars)", "5 dollars, 7 euros, 12 dollars"))
print(re.findall(r"(?<=\$)\d+", "$5 and $60 but not 7"))
print(re.findall(r"\b\w+(?<!ing)\b", "running jumped singing sat"))
print(re.findall(r"[^\W\d_]+", "abc_123 déf x9"), re.findall(r"\s", "a b\tc\n"))
print(re.findall(r"(\w)\1", "aabbcdde"), re.sub(r"(\w)\1+", r"\1", "aaabbbcccd"))
print(re.findall(r"a{2,3}", "a aa aaa aaaa"), re.findall(r"colou?r", "color colour colr"))
print(re.match(r"\A\d+\Z", "123") is not None, re.findall(r".", "a\nb"), re.findall(r"(?s).", "a\nb"))
