# string.Template: substitute / safe_substitute, $$, ${name}, subclasses, errors
from string import Template
t = Template("$who likes $what; ${who}s cost $$5")
print(t.substitute(who="tim", what="kung pao"))
print(t.substitute({"who": "ann", "what": "tea"}, what="coffee"))
print(t.safe_substitute(who="bo"), t.get_identifiers(), t.is_valid())
for bad in ["cost $5", "line1\nab $ x", "${bad name}", "$"]:
    try:
        Template(bad).substitute(x=1)
    except ValueError as e:
        print("ValueError:", e)
    print(repr(Template(bad).safe_substitute(x=1)), Template(bad).is_valid())
try:
    Template("$a $b").substitute(a=1)
except KeyError as e:
    print("KeyError:", e)
class Pct(Template):
    delimiter = "%"
print(Pct("%name is %% %{name}x").substitute(name="Z"))
class Dotted(Template):
    idpattern = r"[a-z]+\.[a-z]+"
print(Dotted("$user.name!").substitute({"user.name": "q"}))
print(Template("$x").substitute(x=3.5), Template("${x}y").template)
try:
    Template("$a").substitute({}, {}, a=1)
except TypeError as e:
    print("TypeError:", e)
print(Template.delimiter, Template("").substitute())
