# Text helpers for the toolbox package (imported by imports/imp_*.py); it only defines
# functions, so running it on its own prints nothing.
SEPARATOR = " | "


def shout(text):
    return text.upper() + "!"


def whisper(text):
    return "..." + text.lower()


def join(*parts):
    return SEPARATOR.join(str(p) for p in parts)
