# importing a missing name from a module that exists
from itertools import chain
print(list(chain([1, 2], [3])))
from itertools import not_a_function
