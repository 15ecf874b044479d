# Small classic algorithms: sieve, binary search, gcd, bubble sort, fizzbuzz.
def sieve(limit):
    is_prime = [True] * (limit + 1)
    is_prime[0] = is_prime[1] = False
    for i in range(2, int(limit ** 0.5) + 1):
        if is_prime[i]:
            for j in range(i * i, limit + 1, i):
                is_prime[j] = False
    return [i for i in range(limit + 1) if is_prime[i]]


def bsearch(items, target):
    lo, hi = 0, len(items) - 1
    while lo <= hi:
        mid = (lo + hi) // 2
        if items[mid] == target:
            return mid
        if items[mid] < target:
            lo = mid + 1
        else:
            hi = mid - 1
    return -1


def gcd(a, b):
    while b:
        a, b = b, a % b
    return a


primes = sieve(100)
print(primes, len(primes))
print(bsearch(primes, 61), bsearch(primes, 62), bsearch([], 1))
print(gcd(1071, 462), gcd(2 ** 40, 6 ** 20), gcd(17, 5))
data = [5, 2, 9, 1, 5, 6]
for i in range(len(data)):
    for j in range(len(data) - 1 - i):
        if data[j] > data[j + 1]:
            data[j], data[j + 1] = data[j + 1], data[j]
print(data)
out = []
for n in range(1, 16):
    out.append("FizzBuzz" if n % 15 == 0 else "Fizz" if n % 3 == 0 else "Buzz" if n % 5 == 0 else str(n))
print(" ".join(out))
