# An uncaught RuntimeError raised from a caught ValueError; stderr shows both, last the RuntimeError.
def load(text):
    try:
        return int(text)
    except ValueError as exc:
        raise RuntimeError("config value is not a number: " + text) from exc


print(load("12"))
print(load("twelve"))
