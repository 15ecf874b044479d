# Benchmark: method calls and attribute access on instances. A Vec class with add() and
# scaled() called in a loop of 300,000, reading and writing instance attributes.
class Vec:
    def __init__(self, x, y):
        self.x = x
        self.y = y

    def add(self, other):
        return Vec(self.x + other.x, self.y + other.y)

    def scaled(self, k):
        return Vec(self.x * k, self.y * k)

    def dot(self, other):
        return self.x * other.x + self.y * other.y


def main():
    total = Vec(0, 0)
    step = Vec(1, 2)
    acc = 0
    for i in range(300000):
        total = total.add(step)
        if i % 1000 == 0:
            total = total.scaled(1)
        acc += step.dot(step)
    print(total.x, total.y, acc)


main()
