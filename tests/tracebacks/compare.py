if 1 < "a": pass
