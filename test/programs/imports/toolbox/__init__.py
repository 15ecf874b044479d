# Package used by imports/imp_*.py. Its __init__ uses relative imports, so run on its own as a
# program it fails with the same ImportError under python3 and pygil.
from .textkit import shout, whisper
from . import tally

__all__ = ["shout", "banner", "VERSION"]
VERSION = (0, 3)
_private = "hidden from star-imports"


def banner(text):
    return shout(text).center(len(text) + 4, "*")


def not_exported():
    return "only reachable by name"
