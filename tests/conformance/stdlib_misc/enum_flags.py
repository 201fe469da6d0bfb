# enum Flag combinations
from enum import Flag, auto
class Perm(Flag):
    READ = auto()
    WRITE = auto()
    EXEC = auto()
rw = Perm.READ | Perm.WRITE
print(rw, Perm.READ in rw, Perm.EXEC in rw, rw.value, Perm(5))
print(bool(Perm.READ & Perm.WRITE), [p.name for p in Perm])
def can(user, perm):
    return perm in user
users = {"ann": Perm.READ | Perm.WRITE | Perm.EXEC, "bob": Perm.READ}
for name, perms in users.items():
    print(name, [p.name for p in Perm if can(perms, p)])
