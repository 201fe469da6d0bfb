d = {}
x = d.get("q").upper()
