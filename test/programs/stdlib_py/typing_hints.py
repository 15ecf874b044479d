# Type hints from typing: evaluated (as CPython does without __future__ annotations) and never checked.
from typing import List, Dict, Optional, Tuple, Any, Callable, Iterator, Generic, TypeVar, Union, cast, TYPE_CHECKING
import typing

T = TypeVar("T")


class Box(Generic[T]):
    def __init__(self, item: T) -> None:
        self.item = item

    def get(self) -> T:
        return self.item


def total(xs: List[int], scale: Optional[float] = None) -> float:
    return sum(xs) * (scale or 1)


def pairs(d: Dict[str, int]) -> Iterator[Tuple[str, int]]:
    yield from sorted(d.items())


def apply(f: Callable[[int], int], v: Union[int, str]) -> Any:
    return f(v)


print(total([1, 2, 3]), total([1], 2.5), list(pairs({"b": 2, "a": 1})), apply(lambda x: x * 2, 4))
print(Box(5).get(), cast(int, "x"), TYPE_CHECKING, repr(T), isinstance(Box(1), Generic))
counts: Dict[str, List[int]] = {}
print(counts, typing.TYPE_CHECKING)
try:
    typing.Any()
except TypeError as e:
    print("TypeError", e)
