"""Shallow and deep copy operations for pygil (pure Python implementation)."""


class Error(Exception):
    pass


error = Error

_ATOMIC_TYPES = (type(None), int, float, bool, str, bytes, range,
                 type, type(Ellipsis), type(NotImplemented), slice)
try:
    _ATOMIC_TYPES = _ATOMIC_TYPES + (complex,)
except NameError:
    pass
try:
    _bytearray = bytearray
except NameError:
    _bytearray = None
_ATOMIC_NAMES = ('function', 'builtin_function_or_method', 'method',
                 'generator', 'module', 'code', 'property')


def _is_atomic(x):
    if isinstance(x, _ATOMIC_TYPES):
        return True
    return type(x).__name__ in _ATOMIC_NAMES


def _blank_instance(cls):
    """Create an instance of cls without running its __init__."""
    return object.__new__(cls)


def _fill(y, items, pairs):
    """What CPython's copy._reconstruct does with a subclass of list or dict."""
    if items is not None:
        y.extend(items)
    if pairs is not None:
        for key, value in pairs:
            y[key] = value


def copy(x):
    """Return a shallow copy of x."""
    if _is_atomic(x):
        return x
    cls = type(x)
    if cls is list:
        return list(x)
    if cls is dict:
        return dict(x)
    if cls is set:
        return set(x)
    if cls is tuple or cls is frozenset:
        return x
    if _bytearray is not None and cls is _bytearray:
        return _bytearray(x)
    copier = getattr(x, '__copy__', None)
    if copier is not None:
        return copier()
    if isinstance(x, tuple):
        # a subclass of tuple (a namedtuple) is made again from its items, as __reduce_ex__ does
        return cls.__new__(cls, *x.__getnewargs__())
    if hasattr(x, '__dict__'):
        y = _blank_instance(cls)
        y.__dict__.update(x.__dict__)
        _fill(y, iter(x) if isinstance(x, list) else None,
              iter(x.items()) if isinstance(x, dict) else None)
        return y
    raise Error('un(shallow)copyable object of type %s' % cls)


def deepcopy(x, memo=None):
    """Return a deep copy of x, preserving shared and cyclic references."""
    if memo is None:
        memo = {}
    d = id(x)
    if d in memo:
        return memo[d]
    if _is_atomic(x):
        return x
    cls = type(x)
    if cls is list:
        y = []
        memo[d] = y
        for item in x:
            y.append(deepcopy(item, memo))
    elif cls is dict:
        y = {}
        memo[d] = y
        for k, v in x.items():
            y[deepcopy(k, memo)] = deepcopy(v, memo)
    elif cls is set:
        y = set()
        memo[d] = y
        for item in x:
            y.add(deepcopy(item, memo))
    elif cls is frozenset:
        y = frozenset([deepcopy(item, memo) for item in x])
    elif cls is tuple:
        items = [deepcopy(item, memo) for item in x]
        # a cyclic reference may have copied us already
        if d in memo:
            return memo[d]
        same = True
        for a, b in zip(items, x):
            if a is not b:
                same = False
                break
        y = x if same else tuple(items)
    elif _bytearray is not None and cls is _bytearray:
        y = _bytearray(x)
    else:
        copier = getattr(x, '__deepcopy__', None)
        if copier is not None:
            y = copier(memo)
        elif isinstance(x, tuple):
            y = cls.__new__(cls, *deepcopy(x.__getnewargs__(), memo))
        elif hasattr(x, '__dict__'):
            y = _blank_instance(cls)
            memo[d] = y
            state = deepcopy(x.__dict__, memo)
            y.__dict__.update(state)
            _fill(y, (deepcopy(item, memo) for item in x) if isinstance(x, list) else None,
                  ((deepcopy(k, memo), deepcopy(v, memo)) for k, v in x.items())
                  if isinstance(x, dict) else None)
        else:
            raise Error('un(deep)copyable object of type %s' % cls)
    memo[d] = y
    _keep_alive(x, memo)
    return y


def _keep_alive(x, memo):
    key = id(memo)
    if key in memo:
        memo[key].append(x)
    else:
        memo[key] = [x]
