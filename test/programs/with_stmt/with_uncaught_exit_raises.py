# An exception raised by __exit__ while another is propagating: uncaught, the traceback shows
# the body's error and then "During handling of the above exception, another exception occurred".
class Closer:
    def __init__(self, name):
        self.name = name

    def __enter__(self):
        print("open", self.name)
        return self

    def __exit__(self, exc_type, exc, tb):
        print("closing", self.name, "with", exc_type.__name__ if exc_type else None)
        if exc_type is not None:
            raise RuntimeError(f"{self.name} could not close cleanly")
        return False


with Closer("log") as c:
    print("writing to", c.name)
with Closer("db"):
    items = [1, 2, 3]
    print(items[5])
print("not reached")
