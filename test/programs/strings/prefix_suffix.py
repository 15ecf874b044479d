# startswith/endswith with strings, tuples and ranges; removeprefix/removesuffix.
name = "report_2024.csv"
print(name.startswith("report"), name.startswith("data"), name.endswith(".csv"))
print(name.endswith((".txt", ".csv")), name.startswith(("x", "y")))
print(name.startswith("2024", 7), name.endswith("report", 0, 6))
print("".startswith(""), "abc".endswith(""))
print(name.removeprefix("report_"), name.removesuffix(".csv"), name.removeprefix("zzz"))
files = ["a.py", "b.txt", "c.py", "d.md"]
print([f for f in files if f.endswith(".py")])
print(sum(1 for f in files if not f.endswith(".py")))
url = "https://example.org/path"
if url.startswith("https://"):
    print(url[len("https://"):])
