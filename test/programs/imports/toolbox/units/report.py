# toolbox.units.report: reaches the parent package with a two-dot relative import. Run on its
# own as a program it fails with the same ImportError under python3 and pygil.
from ..textkit import join
from .length import FACTORS, to_metres


def describe(value, unit):
    return join(value, unit, to_metres(value, unit), len(FACTORS))
