# Errors raised inside a property getter and a special method.
class Temperature:
    def __init__(self, kelvin):
        self.kelvin = kelvin

    @property
    def celsius(self):
        if self.kelvin < 0:
            raise ValueError(f"impossible temperature {self.kelvin} K")
        return self.kelvin - 273.15

    def __add__(self, other):
        return Temperature(self.kelvin + other.kelvin)

t = Temperature(300) + Temperature(10)
print(round(t.celsius, 2))
print(Temperature(-5).celsius)
