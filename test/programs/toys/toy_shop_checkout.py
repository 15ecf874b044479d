# A small shop simulation: products with stock, carts that reserve stock, coupons, custom
# exceptions for the things that go wrong, and printed receipts.
class ShopError(Exception):
    pass


class OutOfStock(ShopError):
    def __init__(self, product, wanted, left):
        super().__init__(f"only {left} x {product} left, wanted {wanted}")
        self.product = product


class UnknownProduct(ShopError, KeyError):
    pass


class Product:
    def __init__(self, code, name, price_cents, stock):
        self.code, self.name, self.price, self.stock = code, name, price_cents, stock

    def __repr__(self):
        return f"Product({self.code!r}, stock={self.stock})"


class Shop:
    def __init__(self, products):
        self.products = {p.code: p for p in products}
        self.sales = []

    def find(self, code):
        try:
            return self.products[code]
        except KeyError:
            raise UnknownProduct(code) from None


class Cart:
    COUPONS = {"TENOFF": ("percent", 10), "FIVER": ("fixed", 500)}

    def __init__(self, shop, customer):
        self.shop, self.customer = shop, customer
        self.lines = {}
        self.coupon = None

    def add(self, code, qty=1):
        product = self.shop.find(code)
        if qty > product.stock:
            raise OutOfStock(product.name, qty, product.stock)
        product.stock -= qty
        self.lines[code] = self.lines.get(code, 0) + qty
        return self

    def apply(self, coupon):
        if coupon not in self.COUPONS:
            raise ShopError(f"coupon {coupon!r} is not valid")
        self.coupon = coupon

    def subtotal(self):
        return sum(self.shop.products[c].price * q for c, q in self.lines.items())

    def discount(self):
        if self.coupon is None:
            return 0
        kind, amount = self.COUPONS[self.coupon]
        return self.subtotal() * amount // 100 if kind == "percent" else min(amount, self.subtotal())

    def receipt(self):
        out = [f"Receipt for {self.customer}"]
        for code, qty in sorted(self.lines.items()):
            p = self.shop.products[code]
            out.append(f"  {p.name:<12}{qty:>3} x {p.price / 100:6.2f} = {qty * p.price / 100:7.2f}")
        if self.coupon:
            out.append(f"  {'coupon ' + self.coupon:<24} -{self.discount() / 100:7.2f}")
        total = self.subtotal() - self.discount()
        out.append(f"  {'TOTAL':<24}  {total / 100:7.2f}")
        self.shop.sales.append((self.customer, total))
        return "\n".join(out)


shop = Shop([Product("A1", "apple", 45, 10), Product("B2", "bread", 250, 3),
             Product("C3", "cheese", 899, 1), Product("D4", "dates", 1200, 0)])
orders = [
    ("ann", [("A1", 4), ("B2", 1)], "TENOFF"),
    ("bob", [("C3", 1), ("C3", 1), ("B2", 2)], "FIVER"),
    ("cid", [("D4", 1), ("Z9", 2), ("A1", 6)], "HALFOFF"),
    ("dee", [("A1", 1), ("B2", 1)], None),
]
for customer, items, coupon in orders:
    cart = Cart(shop, customer)
    for code, qty in items:
        try:
            cart.add(code, qty)
        except OutOfStock as err:
            print(f"{customer}: out of stock: {err} [{err.product}]")
        except UnknownProduct as err:
            print(f"{customer}: unknown product {err}, is KeyError: {isinstance(err, KeyError)}")
    if coupon:
        try:
            cart.apply(coupon)
        except ShopError as err:
            print(f"{customer}: {err}")
    print(cart.receipt())
print(sorted(shop.products.values(), key=lambda p: p.code))
print("takings:", sum(t for _, t in shop.sales) / 100, "best:", max(shop.sales, key=lambda s: s[1]))
