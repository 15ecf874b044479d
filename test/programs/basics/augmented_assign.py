# Augmented assignment on ints, floats, strings and lists.
n = 10
n += 5
print(n)
n -= 3
print(n)
n *= 4
print(n)
n //= 5
print(n)
n %= 4
print(n)
n **= 3
print(n)
f = 1.5
f *= 2
f /= 4
print(f)
f -= 0.25
print(f)
s = "ab"
s += "cd"
s *= 2
print(s)
lst = [1, 2]
alias = lst
lst += [3]
print(lst, alias, lst is alias)
lst = lst + [4]
print(lst, alias, lst is alias)
t = (1,)
t += (2, 3)
print(t)
bits = 0b1010
bits |= 0b0101
print(bits)
bits &= 0b0110
print(bits)
bits ^= 0b1111
print(bits)
bits <<= 3
print(bits)
bits >>= 2
print(bits)
