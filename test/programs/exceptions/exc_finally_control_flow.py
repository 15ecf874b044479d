# finally with return/break/continue: which value wins, exceptions swallowed by a return in
# finally, finally running when a loop is left early, and nested finally blocks unwinding.
def return_override():
    try:
        return "from try"
    finally:
        print("  finally runs before the return completes")


def finally_wins():
    try:
        return 1
    finally:
        return 2


def swallow():
    try:
        raise KeyError("hidden")
    finally:
        return "exception discarded"


def except_then_finally():
    try:
        1 / 0
    except ZeroDivisionError:
        return "from except"
    finally:
        print("  finally after except")


def break_swallows():
    for i in range(3):
        try:
            raise ValueError(i)
        finally:
            break
    return f"loop left at {i}"


def continue_in_finally():
    seen = []
    for i in range(4):
        try:
            if i == 1:
                raise RuntimeError("skip me")
            seen.append(i)
        finally:
            continue
    return seen


def nested_unwind():
    log = []
    try:
        try:
            try:
                raise IndexError("deep")
            finally:
                log.append("inner finally")
        finally:
            log.append("middle finally")
    except IndexError as err:
        log.append("caught " + str(err))
    finally:
        log.append("outer finally")
    return log


def while_with_finally():
    n = 0
    log = []
    while True:
        n += 1
        try:
            if n % 2 == 0:
                continue
            if n > 5:
                break
            log.append(n)
        finally:
            log.append(f"f{n}")
    return log


def mutated_return():
    data = [1]
    try:
        return data
    finally:
        data.append(2)


def generator_finally():
    try:
        yield "a"
        yield "b"
    finally:
        print("  generator finally")


for f in [return_override, finally_wins, swallow, except_then_finally, break_swallows,
          continue_in_finally, nested_unwind, while_with_finally, mutated_return]:
    print(f.__name__, "->", f())

for item in generator_finally():
    print("got", item)
    break
print("after break from generator loop")

count = 0
try:
    while count < 10:
        try:
            count += 1
            if count == 3:
                raise StopIteration("manual stop")
        finally:
            print("  iteration", count, "cleaned")
except StopIteration as err:
    print("stopped:", err)
