# A bank-account hierarchy: Account base with numbering and history, SavingsAccount with
# interest and a withdrawal limit, CheckingAccount with an overdraft and a fee; transfers.
class Account:
    next_number = 1000
    def __init__(self, owner, balance=0.0):
        self.owner, self.balance, self.history = owner, balance, []
        self.number = Account.next_number
        Account.next_number += 1
    def deposit(self, amount):
        if amount <= 0:
            raise ValueError("deposit must be positive")
        self.balance += amount
        self.history.append(("dep", amount))
    def can_withdraw(self, amount):
        return amount <= self.balance
    def withdraw(self, amount):
        if not self.can_withdraw(amount):
            raise ValueError(f"{self.owner}: insufficient funds for {amount:.2f}")
        self.balance -= amount
        self.history.append(("wd", amount))
    def month_end(self):  # nothing happens to a plain account
        pass
    def __str__(self):
        return f"{type(self).__name__}#{self.number} {self.owner:<5} {self.balance:>9.2f}"

class SavingsAccount(Account):
    def __init__(self, owner, balance=0.0, rate=0.02, max_withdrawals=2):
        super().__init__(owner, balance)
        self.rate, self.max_withdrawals = rate, max_withdrawals
    def can_withdraw(self, amount):
        used = sum(1 for kind, _ in self.history if kind == "wd")
        return used < self.max_withdrawals and super().can_withdraw(amount)
    def month_end(self):
        self.deposit(round(self.balance * self.rate / 12, 2))
        self.history = [h for h in self.history if h[0] != "wd"]

class CheckingAccount(Account):
    fee = 2.5
    def __init__(self, owner, balance=0.0, overdraft=100.0):
        super().__init__(owner, balance)
        self.overdraft = overdraft
    def can_withdraw(self, amount):
        return self.balance - amount >= -self.overdraft
    def month_end(self):
        if self.balance < 0:
            self.balance -= self.fee
            self.history.append(("fee", self.fee))

def transfer(src, dst, amount):
    try:
        src.withdraw(amount)
    except ValueError as e:
        return "failed: " + str(e)
    dst.deposit(amount)
    return f"moved {amount:.2f} from #{src.number} to #{dst.number}"

accounts = [SavingsAccount("ann", 1200.0, rate=0.05), CheckingAccount("bob", 50.0), Account("cy", 10)]
sav, chk, plain = accounts
for step in [(sav, chk, 100), (sav, plain, 20.5), (sav, chk, 1), (chk, plain, 120), (chk, sav, 40), (plain, chk, 500)]:
    print(transfer(*step))
for month in (1, 2):
    for acc in accounts:
        acc.month_end()
    print(f"-- month {month}: total {sum(a.balance for a in accounts):.2f}")
    for acc in sorted(accounts, key=lambda a: a.balance):
        print(acc, acc.history[-1] if acc.history else "-")
try:
    chk.deposit(-5)
except ValueError as e:
    print("ValueError", e, isinstance(chk, Account), issubclass(SavingsAccount, CheckingAccount))
