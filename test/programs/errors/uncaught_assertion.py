# An uncaught AssertionError carrying a formatted message.
def check_balance(balance):
    assert balance >= 0, f"balance went negative: {balance}"
    return balance


balance = 10
for change in [5, -12, 3, -20]:
    balance += change
    print(check_balance(balance))
