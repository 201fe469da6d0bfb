name = "日本語"
print(name + 1)
