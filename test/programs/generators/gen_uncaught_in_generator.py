# An exception raised inside a generator, several frames deep, is not caught: the traceback
# goes through the consumer loop and the generator frames.
def parse_numbers(lines):
    for line in lines:
        yield int(line)


def running_total(numbers):
    total = 0
    for n in numbers:
        total += n
        yield total


data = ["1", "2", "3", "four", "5"]
for t in running_total(parse_numbers(data)):
    print("total so far", t)
print("not reached")
