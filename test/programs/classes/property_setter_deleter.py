# @property with getter, setter (validating) and deleter; computed read-only properties;
# the AttributeErrors for setting/deleting without a setter/deleter; inheritance.
class Temperature:
    def __init__(self, celsius=0.0):
        self.celsius = celsius

    @property
    def celsius(self):
        print("  get celsius")
        return self._c

    @celsius.setter
    def celsius(self, value):
        if value < -273.15:
            raise ValueError(f"{value} is below absolute zero")
        self._c = value

    @celsius.deleter
    def celsius(self):
        print("  reset to 0")
        self._c = 0.0

    @property
    def fahrenheit(self):
        return self._c * 9 / 5 + 32

    @fahrenheit.setter
    def fahrenheit(self, f):
        self.celsius = (f - 32) * 5 / 9

    @property
    def kelvin(self):
        return round(self._c + 273.15, 2)


class Thermostat(Temperature):
    @property
    def kelvin(self):
        return "K=" + str(super().kelvin)


t = Temperature(25)
print(t.celsius, t.fahrenheit, t.kelvin, sorted(t.__dict__.items()))
t.fahrenheit = 212
print(t.celsius, f"{t.fahrenheit:.1f}")
t.celsius += 5
print(t._c)
del t.celsius
print(t._c, t.kelvin, type(Temperature.celsius).__name__)
try:
    t.celsius = -300
except ValueError as e:
    print("ValueError", e)
for action in ("set", "del"):
    try:
        if action == "set":
            t.kelvin = 5
        else:
            del t.kelvin
    except AttributeError as e:
        print("AttributeError", e)
h = Thermostat(-10)
print(h.kelvin, h.fahrenheit, isinstance(Thermostat.__dict__["kelvin"], property))
h.fahrenheit = 50
print(h.kelvin, "celsius" in h.__dict__, "_c" in h.__dict__)
p = Temperature.__dict__["fahrenheit"]
print(p.fget(h), p.fset is not None, p.fdel is None, Temperature.kelvin.fset is None)
