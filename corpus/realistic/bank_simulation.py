# A small bank: accounts with generator methods (statements, interest schedules,
# __iter__), a transaction stream replayed against the ledger, custom exceptions.
from collections import Counter, namedtuple
from functools import total_ordering
from itertools import accumulate, islice

Txn = namedtuple("Txn", "day kind account amount target", defaults=(None,))


class InsufficientFunds(Exception):
    def __init__(self, account, amount):
        super().__init__(f"{account.owner} cannot withdraw {amount}: balance {account.balance}")
        self.account = account
        self.amount = amount


@total_ordering
class Account:
    next_number = 1000

    def __init__(self, owner, balance=0, overdraft=0):
        self.number = Account.next_number
        Account.next_number += 1
        self.owner = owner
        self._balance = balance
        self.overdraft = overdraft
        self.history = [(0, "open", balance)]

    @property
    def balance(self):
        return self._balance

    def deposit(self, day, amount):
        if amount <= 0:
            raise ValueError(f"deposit must be positive, got {amount}")
        self._balance += amount
        self.history.append((day, "deposit", amount))

    def withdraw(self, day, amount):
        if amount > self._balance + self.overdraft:
            raise InsufficientFunds(self, amount)
        self._balance -= amount
        self.history.append((day, "withdraw", -amount))

    def __iter__(self):
        yield from self.history

    def statement(self):
        running = 0
        for day, kind, amount in self:
            running += amount
            yield f"  day {day:>3} {kind:<10}{amount:>9}{running:>10}"

    def interest_schedule(self, rate_percent, years):
        balance = self._balance
        for year in range(1, years + 1):
            interest = balance * rate_percent // 100
            balance += interest
            yield year, interest, balance

    def __eq__(self, other):
        return self._balance == other._balance

    def __lt__(self, other):
        return self._balance < other._balance

    def __repr__(self):
        return f"Account({self.number}, {self.owner!r}, balance={self._balance})"


class Bank:
    def __init__(self):
        self.accounts = {}

    def open(self, owner, **kwargs):
        acct = Account(owner, **kwargs)
        self.accounts[owner] = acct
        return acct

    def replay(self, txns):
        """Apply transactions; yield (txn, error) for each one that fails."""
        for t in txns:
            acct = self.accounts[t.account]
            try:
                if t.kind == "deposit":
                    acct.deposit(t.day, t.amount)
                elif t.kind == "withdraw":
                    acct.withdraw(t.day, t.amount)
                elif t.kind == "transfer":
                    acct.withdraw(t.day, t.amount)
                    self.accounts[t.target].deposit(t.day, t.amount)
                else:
                    raise KeyError(t.kind)
            except (InsufficientFunds, ValueError, KeyError) as e:
                yield t, e

    def __iter__(self):
        return iter(sorted(self.accounts.values(), reverse=True))

    def total(self):
        return sum(a.balance for a in self.accounts.values())


def transactions():
    owners = ["ana", "ben", "cho", "dev"]
    x = 99
    for day in range(1, 61):
        x = (x * 137 + 29) % 1000
        kind = ("deposit", "withdraw", "withdraw", "transfer")[x % 4]
        src = owners[x % 4 if kind != "transfer" else (x // 4) % 4]
        dst = owners[(x // 16) % 4] if kind == "transfer" else None
        if dst == src:
            dst = owners[(owners.index(src) + 1) % 4]
        yield Txn(day, kind, src, (x % 37) * 10, dst)
    yield Txn(61, "deposit", "ana", -5)
    yield Txn(62, "refund", "ben", 10)


bank = Bank()
bank.open("ana", balance=500)
bank.open("ben", balance=100, overdraft=200)
bank.open("cho")
bank.open("dev", balance=1000)
before = bank.total()

failures = list(bank.replay(transactions()))
print(f"{len(failures)} failed transactions, by error:",
      sorted(Counter(type(e).__name__ for _, e in failures).items()))
for t, e in failures[:4] + failures[-3:]:
    print(f"  day {t.day:>2} {t.kind:<8} {t.account} {t.amount:>4}: {type(e).__name__}: {e}")

print("money conserved apart from deposits/withdrawals:",
      bank.total() - before == sum(a for acct in bank for _, k, a in acct if k in ("deposit", "withdraw")))
print("ranking:", list(bank))
print("richest:", max(bank).owner, "poorest:", min(bank.accounts.values()).owner)

ben = bank.accounts["ben"]
print("ben's statement (last 5):", *list(ben.statement())[-5:], sep="\n")
print("ben's balance curve min:", min(accumulate(a for _, _, a in ben)))

print("entries by kind:", sorted(Counter(kind for acct in bank for _, kind, _ in acct).items()))

dev = bank.accounts["dev"]
print("dev 5% for 10 years:")
for year, interest, bal in dev.interest_schedule(5, 10):
    if year in (1, 2, 5, 10):
        print(f"  year {year:>2}: +{interest:<5} -> {bal}")
doubling = next(y for y, _, b in dev.interest_schedule(7, 100) if b >= 2 * dev.balance)
print("years to double at 7%:", doubling)
print("first three of a long schedule:", list(islice(dev.interest_schedule(3, 10**9), 3)))
