# Mutating list methods: append, extend, insert, remove, pop, clear, reverse, sort, copy, index.
lst = []
lst.append(1)
lst.append(2)
lst.extend([3, 4])
lst.extend(range(5, 7))
lst.extend("ab")
print(lst)
lst.insert(0, "first")
lst.insert(3, "mid")
lst.insert(100, "end")
lst.insert(-1, "beforeend")
print(lst)
lst.remove("mid")
print(lst.pop(), lst.pop(0), lst.pop(-2), lst)
nums = [5, 3, 8, 1, 9, 2]
nums.sort()
print(nums)
nums.sort(reverse=True)
print(nums)
nums.reverse()
print(nums)
words = ["kiwi", "Banana", "fig", "apple"]
words.sort(key=len)
print(words)
words.sort(key=str.lower, reverse=True)
print(words)
c = nums.copy()
c.append(0)
print(nums, c, nums.index(8), nums.index(8, 2))
c.clear()
print(c, len(c))
print(lst.append(9), nums.sort())
for bad in [lambda: [].pop(), lambda: [1].remove(2), lambda: [1].index(5)]:
    try:
        bad()
    except (IndexError, ValueError) as e:
        print(type(e).__name__, e)
