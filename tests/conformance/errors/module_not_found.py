# importing a module that doesn't exist
print("importing")
import notamodule
print("unreachable")
