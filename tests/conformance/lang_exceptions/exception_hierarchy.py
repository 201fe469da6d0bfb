# the built-in exception hierarchy
pairs = [
    (ZeroDivisionError, ArithmeticError), (OverflowError, ArithmeticError),
    (KeyError, LookupError), (IndexError, LookupError), (ModuleNotFoundError, ImportError),
    (UnboundLocalError, NameError), (RecursionError, RuntimeError), (NotImplementedError, RuntimeError),
    (FileNotFoundError, OSError), (StopIteration, Exception), (KeyboardInterrupt, Exception),
    (GeneratorExit, BaseException), (Exception, BaseException), (TimeoutError, OSError),
    (UnicodeDecodeError, ValueError), (AssertionError, Exception), (AttributeError, Exception),
]
for child, parent in pairs:
    print(f"{child.__name__:<20} {parent.__name__:<15} {issubclass(child, parent)}")
print([c.__name__ for c in KeyError.__mro__])
try:
    raise KeyboardInterrupt
except Exception:
    print("not caught here")
except BaseException as e:
    print("caught as BaseException:", type(e).__name__)
