# A small inventory program: load stock from a CSV-like file, apply orders, write a report.
import os

PID = os.getpid()
STOCK = "inventory_stock_%d.csv" % PID
REPORT = "inventory_report_%d.txt" % PID

with open(STOCK, "w") as f:
    f.write("sku,name,qty,price\n")
    for row in [("A1", "widget", 40, 2.5), ("B7", "gadget", 5, 12.0), ("C3", "doohickey", 0, 7.25), ("D9", "gizmo", 12, 3.1)]:
        f.write(",".join(str(x) for x in row) + "\n")


class Item:
    def __init__(self, sku, name, qty, price):
        self.sku, self.name, self.qty, self.price = sku, name, int(qty), float(price)

    @property
    def value(self):
        return self.qty * self.price

    def __repr__(self):
        return f"Item({self.sku!r}, {self.name!r}, {self.qty}, {self.price})"


def load(path):
    items = {}
    with open(path) as f:
        header = f.readline().strip().split(",")
        for line in f:
            fields = dict(zip(header, line.strip().split(",")))
            items[fields["sku"]] = Item(**fields)
    return items


class OutOfStock(Exception):
    pass


def order(items, sku, qty):
    try:
        item = items[sku]
    except KeyError:
        raise LookupError(f"unknown sku {sku}") from None
    if item.qty < qty:
        raise OutOfStock(f"{item.name}: wanted {qty}, have {item.qty}")
    item.qty -= qty
    return qty * item.price


items = load(STOCK)
print(items["A1"], len(items))
revenue = 0.0
for sku, qty in [("A1", 10), ("B7", 6), ("Z0", 1), ("D9", 12), ("C3", 1)]:
    try:
        revenue += order(items, sku, qty)
        print("sold", qty, sku)
    except OutOfStock as e:
        print("out of stock:", e)
    except LookupError as e:
        print("error:", e)

with open(REPORT, "w") as out:
    out.write(f"{'SKU':<4} {'NAME':<10} {'QTY':>4} {'VALUE':>8}\n")
    for item in sorted(items.values(), key=lambda i: -i.value):
        out.write(f"{item.sku:<4} {item.name:<10} {item.qty:>4} {item.value:>8.2f}\n")
    out.write(f"revenue {revenue:.2f}\n")
    reorder = [i.name for i in items.values() if i.qty == 0]
    out.write("reorder: " + ", ".join(reorder) + "\n")

with open(REPORT) as f:
    print(f.read(), end="")
print(os.path.getsize(REPORT) > 0)
os.remove(STOCK)
os.remove(REPORT)
