# A hobbyist "transaction" manager: nested with blocks that commit or roll back a dict of
# balances, exceptions inside nested blocks, and a timer-free "indent" context for output.
class Indent:
    level = 0

    def __enter__(self):
        Indent.level += 1
        return self

    def __exit__(self, *exc):
        Indent.level -= 1
        return False


def say(*parts):
    print("  " * Indent.level + " ".join(str(p) for p in parts))


class Transaction:
    def __init__(self, store, label):
        self.store = store
        self.label = label

    def __enter__(self):
        self.snapshot = dict(self.store)
        say("begin", self.label)
        return self.store

    def __exit__(self, exc_type, exc, tb):
        if exc_type is None:
            say("commit", self.label)
            return False
        self.store.clear()
        self.store.update(self.snapshot)
        say("rollback", self.label, "because", exc_type.__name__ + ":", exc)
        return issubclass(exc_type, ValueError)


def transfer(store, src, dst, amount):
    if amount <= 0:
        raise ValueError(f"bad amount {amount}")
    if store[src] < amount:
        raise ArithmeticError(f"{src} has only {store[src]}")
    store[src] -= amount
    store[dst] = store.get(dst, 0) + amount


accounts = {"ann": 50, "bob": 20}
with Indent():
    with Transaction(accounts, "t1") as acc:
        transfer(acc, "ann", "bob", 30)
    say("after t1", accounts)
    with Transaction(accounts, "t2") as acc:
        transfer(acc, "bob", "cid", 10)
        transfer(acc, "cid", "ann", -5)
    say("after t2", accounts)
    try:
        with Transaction(accounts, "t3") as acc:
            transfer(acc, "ann", "bob", 5)
            with Indent(), Transaction(acc, "t3-inner") as inner:
                transfer(inner, "bob", "ann", 1000)
    except ArithmeticError as err:
        say("t3 failed:", err)
    say("after t3", accounts)
    with Transaction(accounts, "t4") as acc:
        with Indent():
            with Transaction(acc, "t4-inner") as inner:
                transfer(inner, "bob", "ann", 0)
            transfer(acc, "bob", "ann", 10)
    say("after t4", accounts)
print("level back to", Indent.level)
print(sorted(accounts.items()))
