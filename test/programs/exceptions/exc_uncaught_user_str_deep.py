# A user exception with its own __str__ and extra fields, raised four calls deep and not
# caught: the traceback lists every frame and the last line uses the custom __str__.
class ValidationError(Exception):
    def __init__(self, field, value, rule):
        super().__init__(field, value, rule)
        self.field, self.value, self.rule = field, value, rule

    def __str__(self):
        return f"{self.field}={self.value!r} breaks rule '{self.rule}'"


RULES = {"age": lambda v: 0 <= v <= 150, "name": lambda v: v.isalpha()}


def check_field(field, value):
    if not RULES[field](value):
        raise ValidationError(field, value, "range" if field == "age" else "letters only")


def check_record(record):
    for field in sorted(record):
        check_field(field, record[field])
    return True


def check_all(records):
    return [check_record(r) for r in records]


try:
    check_record({"name": "R2D2", "age": 40})
except ValidationError as err:
    print("caught:", err, "| args:", err.args, "| field:", err.field)
print(check_all([{"name": "ann", "age": 31}, {"name": "bob", "age": 0}]))
check_all([{"name": "cid", "age": 20}, {"name": "dee", "age": 200}])
