# an exception raised inside __init__
class Temperature:
    def __init__(self, kelvin):
        if kelvin < 0:
            raise ValueError(f"kelvin cannot be negative: {kelvin}")
        self.kelvin = kelvin
print(Temperature(300).kelvin)
t = Temperature(-5)
