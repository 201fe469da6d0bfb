class A:
    def m(self): raise AttributeError("inner")
A().m()
