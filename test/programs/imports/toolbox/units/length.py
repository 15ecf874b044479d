# toolbox.units.length: conversion factors, used with relative and absolute imports.
FACTORS = {"m": 1.0, "km": 1000.0, "cm": 0.01, "ft": 0.3048}


def to_metres(value, unit):
    try:
        return value * FACTORS[unit]
    except KeyError:
        raise ValueError(f"unknown unit {unit!r}") from None
