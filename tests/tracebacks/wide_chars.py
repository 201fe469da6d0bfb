# Caret lines count East Asian wide characters as two columns.
名前 = {"キー": 1}
print("値:", 名前["キー"] + 名前["ない"])
