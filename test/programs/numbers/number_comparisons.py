# Comparisons between ints, big ints and floats, and sorting mixed numbers.
print(1 < 2, 2 <= 2, 3 > 4, 5 >= 5, 6 == 6, 7 != 7)
big = 2 ** 80
print(big > 2 ** 79, big < big + 1, -big < 0, big == 2 ** 80)
print(big > 1e20, big < 1.3e24, big == float(big))
print(2 ** 53 + 1 == 2.0 ** 53, 2 ** 53 + 1 > 2.0 ** 53)
print(10 ** 400 > 1e308, -(10 ** 400) < -1e308)
print(0.0 == -0.0, 0 == -0.0)
nums = [3, -1.5, 2 ** 65, 0, 7.25, -(2 ** 70), 1e20]
print(sorted(nums))
print(sorted(nums, reverse=True))
print(max(nums), min(nums))
print(1 < 2.5 < 3 < 2 ** 100)
print([1, 2] == [1.0, 2.0], (1, 2) < (1, 2, 0))
