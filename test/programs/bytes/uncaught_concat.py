# Mixing bytes and str is a TypeError (uncaught here).
header = b"HEADER:"
print(header + b" ok")
message = header + " text"
print(message)
