words = "abc"
words.append("d")
