# unpacking too few values
line = "key_without_value"
print(line.partition("="))
key, value = line.split("=")
