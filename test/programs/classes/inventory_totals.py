# An inventory of items: Item with a total-price property, a discounted subclass, an
# Inventory container (merge on add, remove, lookup by name, len) and a formatted report.
class Item:
    def __init__(self, name, price, qty=1):
        self.name, self.price, self.qty = name, price, qty

    @property
    def total(self):
        return self.price * self.qty

    def label(self):
        return self.name

    def __repr__(self):
        return f"Item({self.name!r}, {self.price}, {self.qty})"

class SaleItem(Item):
    def __init__(self, name, price, qty=1, discount=0.1):
        super().__init__(name, price, qty)
        self.discount = discount

    @property
    def total(self):
        return super().total * (1 - self.discount)

    def label(self):
        return f"{super().label()} (-{self.discount:.0%})"

class Inventory:
    def __init__(self):
        self.items = {}

    def add(self, item):
        if item.name in self.items:
            self.items[item.name].qty += item.qty
        else:
            self.items[item.name] = item
        return self

    def remove(self, name, qty):
        item = self[name]
        if qty > item.qty:
            raise ValueError(f"only {item.qty} x {name} in stock")
        item.qty -= qty
        if item.qty == 0:
            del self.items[name]

    def __getitem__(self, name): return self.items[name]
    def __len__(self): return len(self.items)
    def __contains__(self, name): return name in self.items
    def value(self): return sum(i.total for i in self.items.values())

    def report(self):
        for it in sorted(self.items.values(), key=lambda i: (-i.total, i.name)):
            print(f"{it.label():<16}{it.qty:>4} x{it.price:>7.2f} = {it.total:>8.2f}")
        print(f"{'TOTAL':<16}{sum(i.qty for i in self.items.values()):>4}{'':>11}{self.value():>8.2f}")

inv = Inventory()
inv.add(Item("pen", 1.25, 10)).add(Item("notebook", 3.5, 4)).add(SaleItem("lamp", 24.99, 1, 0.25))
inv.add(Item("pen", 1.25, 6)).add(SaleItem("mug", 7.0, 3)).add(Item("clip", 0.05, 200))
inv.report()
inv.remove("clip", 200)
inv.remove("pen", 1)
for name, qty in [("mug", 5), ("desk", 1)]:
    try:
        inv.remove(name, qty)
    except (ValueError, KeyError) as e:
        print(type(e).__name__, e)
print(len(inv), "clip" in inv, "pen" in inv, inv["pen"], f"{inv.value():.3f}", round(inv["mug"].total, 2))
inv.report()
