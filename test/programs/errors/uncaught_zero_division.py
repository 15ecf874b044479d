# An uncaught ZeroDivisionError from integer floor division inside a function.
def average(nums):
    return sum(nums) // len(nums)


print(average([3, 4, 5]))
print(average([10]))
print(average([]))
print("not reached")
