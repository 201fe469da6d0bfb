# formatting a str with a numeric format spec
value = "3.14"
print(f"{float(value):.1f}")
print(f"{value:.1f}")
