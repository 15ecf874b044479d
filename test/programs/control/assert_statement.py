# assert with and without messages; the message expression is only evaluated on failure.
assert True
assert 1 + 1 == 2, "math works"
calls = []


def msg():
    calls.append("called")
    return "message"


assert len("abc") == 3, msg()
print(calls)
try:
    assert 2 + 2 == 5, "arithmetic is broken"
except AssertionError as e:
    print("AssertionError:", e)
try:
    assert []
except AssertionError as e:
    print("empty message:", repr(str(e)), e.args)
try:
    assert False, msg()
except AssertionError as e:
    print(e, calls)
try:
    x = 7
    assert x % 2 == 0, f"{x} is odd"
except AssertionError as e:
    print(e.args)
