# An uncaught FileNotFoundError ends the program with its CPython text.
print("looking for the settings")
with open("no_such_settings.ini") as f:
    print(f.read())
print("never printed")
