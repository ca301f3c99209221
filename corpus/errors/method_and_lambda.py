# Methods show their plain name; lambdas show <lambda>.
class Account:
    def __init__(self, balance):
        self.balance = balance

    def withdraw(self, amount):
        check = lambda a: a if a <= self.balance else 1 // 0
        self.balance -= check(amount)
        return self.balance

acct = Account(10)
print(acct.withdraw(3))
print(acct.withdraw(30))
