# and/or return one of their operands, not necessarily a bool, and short-circuit.
print(1 and 2, 0 and 2, 1 or 2, 0 or 2)
print("" or "fallback", "value" or "fallback")
print([] and [1], [0] and [1])
print(None or 0 or "" or [] or "last")
print(1 and 2 and 3, 1 and 0 and 3)
print(0 or None, None and 0)
print(not 1 or 2, not (1 or 2))
print(1 or 2 and 0, (1 or 2) and 0)

log = []


def t(name, value):
    log.append(name)
    return value


r = t("a", 0) and t("b", 1)
print(r, log)
log.clear()
r = t("a", 1) or t("b", 1)
print(r, log)
log.clear()
r = t("a", 0) or t("b", 0) or t("c", 5)
print(r, log)
log.clear()
r = t("a", 1) and t("b", 2) and t("c", 0) and t("d", 9)
print(r, log)
name = ""
print(name or "anonymous")
n = 7
print(n > 5 and "big" or "small", n > 50 and "big" or "small")
