# finally with return, break and continue: what wins, and what the caller sees.
def return_in_finally():
    try:
        return "try"
    finally:
        return "finally"

def finally_overrides_exception():
    try:
        raise ValueError("lost")
    finally:
        return "swallowed"

def finally_runs_after_return():
    log = []
    try:
        log.append("try")
        return log
    finally:
        log.append("finally")

def break_in_finally():
    for i in range(5):
        try:
            raise RuntimeError(i)
        finally:
            break
    return i

def continue_in_loop():
    out = []
    for i in range(4):
        try:
            if i % 2:
                continue
            out.append(i)
        finally:
            out.append("f" + str(i))
    return out

print(return_in_finally())
print(finally_overrides_exception())
print(finally_runs_after_return())
print(break_in_finally())
print(continue_in_loop())

def nested():
    try:
        try:
            return 1
        finally:
            print("inner finally")
    finally:
        print("outer finally")

print(nested())
