# Single inheritance: overriding, super().__init__(...) and super().method() with no
# arguments, inherited __init__, class attributes looked up along the chain.
class Animal:
    sound = "..."

    def __init__(self, name, legs=4):
        self.name = name
        self.legs = legs

    def speak(self):
        return f"{self.name} says {self.sound}"

    def describe(self):
        return f"{self.name} ({type(self).__name__}) has {self.legs} legs; {self.speak()}"


class Dog(Animal):
    sound = "woof"

    def __init__(self, name, tricks=()):
        super().__init__(name)
        self.tricks = list(tricks)

    def speak(self):
        return super().speak() + "!" * len(self.tricks)


class Puppy(Dog):
    def speak(self):
        return super().speak().replace("woof", "yip")


class Bird(Animal):
    sound = "tweet"

    def __init__(self, name):
        super().__init__(name, legs=2)

    def describe(self):
        return "a bird: " + super().describe()


class Cat(Animal):
    sound = "meow"


for a in [Animal("thing"), Dog("rex", ["sit", "roll"]), Puppy("bit", ["sit"]), Bird("tweety")]:
    print(a.describe())
p = Puppy("dot")
print(p.tricks, p.legs, p.sound, Puppy.sound, Puppy.__bases__[0].__name__)
print([c.__name__ for c in Puppy.__mro__])
print(Dog.__base__.__name__, Animal.__base__.__name__, Cat.__bases__ == (Animal,))
print(Bird.speak is Animal.speak, Dog.speak is Animal.speak, Cat.__init__ is Animal.__init__)
print(Animal.speak(p), Dog.speak(p), super(Dog, p).speak())
print(sorted(p.__dict__.items()))
Dog.sound = "arf"
print(p.speak(), Animal("x").speak(), Puppy.sound)
del Dog.sound
print(p.speak(), Puppy.sound)
print(Cat("tom").describe(), Cat("cy", 3).legs)
try:
    Cat()
except TypeError as e:
    print("TypeError", e)
try:
    Dog("a", [], 3)
except TypeError as e:
    print("TypeError", e)
