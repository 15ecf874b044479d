# A module imported by import_modules.py (run on its own, it only defines things).
PI = 3.14159
calls = []


def circle_area(r):
    calls.append(r)
    return PI * r * r


class Rect:
    def __init__(self, w, h):
        self.w, self.h = w, h

    def area(self):
        return self.w * self.h


if __name__ == "__main__":
    print("geometry run directly")
