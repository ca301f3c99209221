# A vending machine as a coroutine state machine: events are sent in
# (coins, selections, refunds), the machine answers with messages, faults
# are thrown in with throw(), and close() makes it return the cash box.
# An inventory class restocks through a generator of delivery notes.
from collections import Counter

COINS = {"5c": 5, "10c": 10, "25c": 25, "$1": 100}


class OutOfStock(Exception):
    pass


class Jammed(Exception):
    pass


class Inventory:
    def __init__(self, prices):
        self.prices = dict(prices)
        self.stock = Counter()

    def restock(self, deliveries):
        for note in deliveries:
            item, qty = note.split("x")
            self.stock[item.strip()] += int(qty)
            yield item.strip(), self.stock[item.strip()]

    def take(self, item):
        if self.stock[item] <= 0:
            raise OutOfStock(item)
        self.stock[item] -= 1


def change_for(amount):
    for name, value in sorted(COINS.items(), key=lambda kv: -kv[1]):
        n, amount = divmod(amount, value)
        if n:
            yield name, n


def machine(inv):
    credit = 0
    cashbox = 0
    sold = Counter()
    reply = "ready"
    try:
        while True:
            try:
                event = yield reply
            except Jammed as j:
                reply = f"jammed ({j}); refunding {credit}c"
                credit = 0
                continue
            kind, _, arg = event.partition(" ")
            if kind == "coin":
                if arg not in COINS:
                    reply = f"rejected coin {arg!r}"
                    continue
                credit += COINS[arg]
                reply = f"credit {credit}c"
            elif kind == "select":
                price = inv.prices.get(arg)
                if price is None:
                    reply = f"unknown item {arg!r}"
                elif credit < price:
                    reply = f"{arg} costs {price}c, insert {price - credit}c more"
                else:
                    try:
                        inv.take(arg)
                    except OutOfStock:
                        reply = f"{arg} sold out"
                        continue
                    change = credit - price
                    cashbox += price
                    credit = 0
                    sold[arg] += 1
                    coins = ", ".join(f"{n}x{c}" for c, n in change_for(change)) or "no change"
                    reply = f"vend {arg}; change {change}c ({coins})"
            elif kind == "refund":
                reply = f"refund {credit}c"
                credit = 0
            else:
                reply = f"unknown event {event!r}"
    except GeneratorExit:
        print(f"  shutting down: cashbox {cashbox}c, sold {sorted(sold.items())}, credit left {credit}c")
        raise


inv = Inventory({"cola": 125, "chips": 75, "gum": 35})
for item, now in inv.restock(["cola x 2", "chips x 5", "gum x1", "cola x1"]):
    print(f"restocked {item}: {now}")

vm = machine(inv)
print(next(vm))
script = [
    "coin $1", "select cola", "coin 25c", "select cola",
    "coin 10c", "coin 5c", "coin 25c", "coin 25c", "select gum",
    "select gum", "coin $1", "select gum", "refund",
    "coin 3c", "coin $1", "select water", "select chips",
    "coin $1", "coin 25c", "select cola", "coin $1", "coin $1", "select cola", "select cola",
    "dance",
]
for event in script:
    print(f"{event:<14} -> {vm.send(event)}")

vm.send("coin $1")
print("fault          ->", vm.throw(Jammed("coin path blocked")))
print("coin 25c       ->", vm.send("coin 25c"))
vm.close()
print("closed; further sends:", end=" ")
try:
    vm.send("coin $1")
except StopIteration:
    print("StopIteration")
print("stock left:", sorted(inv.stock.items()))
print("change for 190c:", list(change_for(190)))
