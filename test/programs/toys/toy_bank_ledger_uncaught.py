# A bank ledger replaying a list of transactions; a bad transaction is wrapped in a LedgerError
# raised from the original error, and the last one is left uncaught, so the program ends with
# a chained traceback and exit status 1.
class LedgerError(Exception):
    def __init__(self, line, message):
        super().__init__(f"line {line}: {message}")
        self.line = line


class Ledger:
    def __init__(self):
        self.balances = {}

    def apply(self, entry):
        kind, account, amount = entry.split()
        amount = int(amount)
        if kind == "dep":
            self.balances[account] = self.balances.get(account, 0) + amount
        elif kind == "wd":
            if self.balances[account] < amount:
                raise ArithmeticError(f"{account} overdrawn by {amount - self.balances[account]}")
            self.balances[account] -= amount
        else:
            raise ValueError(f"unknown kind {kind!r}")

    def replay(self, entries, strict):
        for number, entry in enumerate(entries, 1):
            try:
                self.apply(entry)
            except (ValueError, KeyError, ArithmeticError) as err:
                if strict:
                    raise LedgerError(number, entry) from err
                print(f"skipping line {number} ({type(err).__name__}: {err})")
        return self.balances


entries = ["dep ann 100", "wd ann 30", "dep bob 5", "wd cid 1", "xfer ann 3", "wd bob 9", "dep ann x"]
print(Ledger().replay(entries, strict=False))
print(Ledger().replay(entries[:3], strict=True))
Ledger().replay(entries, strict=True)
