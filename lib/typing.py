"""The names of the typing module, for scripts with type hints (pure Python, pygil).

Type hints are evaluated but never checked, as in CPython; this module gives their names
something to stand for. Subscripting a type returns the type itself in pygil (List[int] is
list, Optional[str] is Optional), so a hint costs one lookup. What CPython's typing does
beyond naming (introspection with get_type_hints, runtime-checkable protocols, class-based
NamedTuple and TypedDict) is not here.
"""

TYPE_CHECKING = False

# the generic aliases of built-in types: List[int] is list
List = list
Dict = dict
Tuple = tuple
Set = set
FrozenSet = frozenset
Type = type
Text = str
AnyStr = str


class _Special:
    """Base of the special forms (Any, Optional, Union...): never instantiated."""

    def __init__(self, *args, **kwargs):
        raise TypeError('%s cannot be instantiated' % type(self).__name__)


class Any(_Special): pass
class Optional(_Special): pass
class Union(_Special): pass
class Callable(_Special): pass
class Iterable(_Special): pass
class Iterator(_Special): pass
class Generator(_Special): pass
class Sequence(_Special): pass
class MutableSequence(_Special): pass
class Mapping(_Special): pass
class MutableMapping(_Special): pass
class Collection(_Special): pass
class Container(_Special): pass
class Hashable(_Special): pass
class Sized(_Special): pass
class Reversible(_Special): pass
class AbstractSet(_Special): pass
class MutableSet(_Special): pass
class Deque(_Special): pass
class DefaultDict(_Special): pass
class Counter(_Special): pass
class OrderedDict(_Special): pass
class ClassVar(_Special): pass
class Final(_Special): pass
class Literal(_Special): pass
class NoReturn(_Special): pass
class Never(_Special): pass
class Self(_Special): pass
class Annotated(_Special): pass


class Generic:
    """class Box(Generic[T]) subclasses Generic itself."""


class Protocol(Generic):
    """Structural types: subclassing it is allowed, checking against it is not done."""


class TypeVar:
    def __init__(self, name, *constraints, bound=None, covariant=False, contravariant=False):
        self.__name__ = name
        self.__constraints__ = constraints
        self.__bound__ = bound
        self.__covariant__ = covariant
        self.__contravariant__ = contravariant

    def __repr__(self):
        if self.__covariant__:
            return '+' + self.__name__
        if self.__contravariant__:
            return '-' + self.__name__
        return '~' + self.__name__


def cast(typ, val):
    """Tell a type checker val has type typ; at run time, val unchanged."""
    return val


def overload(func):
    return func


def final(f):
    return f


def no_type_check(arg):
    return arg


def runtime_checkable(cls):
    return cls


def NewType(name, tp):
    def new_type(x):
        return x
    new_type.__name__ = name
    new_type.__supertype__ = tp
    return new_type
