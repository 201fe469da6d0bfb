# string module constants and Template
import string
print(string.ascii_lowercase, string.ascii_uppercase, string.digits, string.hexdigits, string.octdigits)
print(repr(string.punctuation), repr(string.whitespace), len(string.printable))
t = string.Template("Hello $name, you owe $$${amount}. ${name}!")
print(t.substitute(name="Ann", amount="9.50"))
print(t.safe_substitute(name="Bo"))
try:
    t.substitute(name="Cy")
except KeyError as e:
    print("KeyError:", e)
print(string.capwords("hello   wonderful world"), string.capwords("a-b c-d", "-"))
alphabet = string.ascii_lowercase
rot13 = str.maketrans(alphabet + alphabet.upper(), alphabet[13:] + alphabet[:13] + alphabet.upper()[13:] + alphabet.upper()[:13])
print("Hello, World!".translate(rot13))
print(sum(c in string.punctuation for c in "Hi! How's it going? Fine."))
