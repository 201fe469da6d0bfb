# strip family, replace, find/index/count
s = "xx--hello--xx"
print(s.strip("x"), s.strip("x-"), s.lstrip("x"), s.rstrip("-x"), "  pad ".strip())
print(s.replace("x", "y"), s.replace("x", "", 2), s.replace("--", "=="), "aaa".replace("a", "bb"))
print(s.find("l"), s.rfind("l"), s.find("z"), s.index("h"), s.count("x"), s.count("-"), "aaaa".count("aa"))
print(s.find("x", 3), s.find("x", 3, 12), s.rindex("x"))
try:
    s.index("z")
except ValueError as e:
    print("ValueError:", e)
print("hello".startswith("he"), "hello".endswith(("lo", "xx")), "hello".startswith(("a", "b")))
print("hello".startswith("l", 2), "file.tar.gz".endswith(".gz"), "x".startswith(""))
print("Mississippi".replace("ss", "SS").lower().count("ss"))
print("prefix_name".removeprefix("prefix_"), "name.txt".removesuffix(".txt"), "abc".removeprefix("z"))
