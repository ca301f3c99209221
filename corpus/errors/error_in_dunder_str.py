# An error inside __str__ while print() formats an object, and in __eq__.
class Money:
    def __init__(self, cents):
        self.cents = cents

    def __str__(self):
        return f"${self.cents / 100:.2f} {self.currency}"

    def __repr__(self):
        return f"Money({self.cents})"

m = Money(250)
print(repr(m))
m.currency = "USD"
print(m)
print(Money(100))
