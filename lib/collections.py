"""Container datatypes for pygil (pure Python implementation).

pygil cannot subclass built-in types yet, so deque wraps a list and
Counter, defaultdict and OrderedDict wrap a dict: isinstance(Counter(), dict)
is False here, unlike CPython.
"""

_missing = object()


class _DictWrapper:
    """Mapping methods shared by Counter, defaultdict and OrderedDict.

    Wraps a plain dict (self._data) because pygil cannot subclass dict yet.
    """

    def __getitem__(self, key):
        if key in self._data:
            return self._data[key]
        return self.__missing__(key)

    def __missing__(self, key):
        raise KeyError(key)

    def __setitem__(self, key, value):
        self._data[key] = value

    def __delitem__(self, key):
        del self._data[key]

    def __contains__(self, key):
        return key in self._data

    def __len__(self):
        return len(self._data)

    def __iter__(self):
        return iter(self._data)

    def __bool__(self):
        return len(self._data) > 0

    def keys(self):
        return self._data.keys()

    def values(self):
        return self._data.values()

    def items(self):
        return self._data.items()

    def get(self, key, default=None):
        return self._data.get(key, default)

    def pop(self, key, default=_missing):
        if default is _missing:
            return self._data.pop(key)
        return self._data.pop(key, default)

    def popitem(self):
        return self._data.popitem()

    def setdefault(self, key, default=None):
        return self._data.setdefault(key, default)

    def clear(self):
        self._data.clear()

    def update(self, other=(), **kwargs):
        if isinstance(other, _DictWrapper):
            other = other._data
        if hasattr(other, 'keys'):
            for k in other.keys():
                self[k] = other[k]
        else:
            for k, v in other:
                self[k] = v
        for k, v in kwargs.items():
            self[k] = v

    def _as_dict(self, other):
        if isinstance(other, _DictWrapper):
            return other._data
        if isinstance(other, dict):
            return other
        return None

    def __eq__(self, other):
        d = self._as_dict(other)
        if d is None:
            return NotImplemented
        return self._data == d

    def __ne__(self, other):
        r = self.__eq__(other)
        if r is NotImplemented:
            return r
        return not r

    __hash__ = None


class Counter(_DictWrapper):
    """Dict of element counts.

    Wraps a dict because pygil cannot subclass built-ins yet, so
    isinstance(Counter(), dict) is False here.
    """

    def __init__(self, iterable=None, **kwds):
        self._data = {}
        self.update(iterable, **kwds)

    def __missing__(self, key):
        return 0

    def total(self):
        return sum(self._data.values())

    def most_common(self, n=None):
        ordered = sorted(self._data.items(), key=_second, reverse=True)
        if n is None:
            return ordered
        return ordered[:n]

    def elements(self):
        for elem, cnt in self._data.items():
            for _ in range(cnt):
                yield elem

    @classmethod
    def fromkeys(cls, iterable, v=None):
        raise NotImplementedError(
            'Counter.fromkeys() is undefined.  Use Counter(iterable) instead.')

    def update(self, iterable=None, **kwds):
        if iterable is not None:
            if isinstance(iterable, _DictWrapper):
                iterable = iterable._data
            if hasattr(iterable, 'keys'):
                for elem in iterable.keys():
                    self._data[elem] = self._data.get(elem, 0) + iterable[elem]
            else:
                for elem in iterable:
                    self._data[elem] = self._data.get(elem, 0) + 1
        if kwds:
            self.update(kwds)

    def subtract(self, iterable=None, **kwds):
        if iterable is not None:
            if isinstance(iterable, _DictWrapper):
                iterable = iterable._data
            if hasattr(iterable, 'keys'):
                for elem in iterable.keys():
                    self._data[elem] = self._data.get(elem, 0) - iterable[elem]
            else:
                for elem in iterable:
                    self._data[elem] = self._data.get(elem, 0) - 1
        if kwds:
            self.subtract(kwds)

    def copy(self):
        return Counter(self._data)

    def __delitem__(self, key):
        if key in self._data:
            del self._data[key]

    def __eq__(self, other):
        if isinstance(other, Counter):
            for k, v in self._data.items():
                if other[k] != v:
                    return False
            for k, v in other._data.items():
                if self[k] != v:
                    return False
            return True
        return _DictWrapper.__eq__(self, other)

    def __repr__(self):
        if not self._data:
            return 'Counter()'
        body = ', '.join(['%r: %r' % kv for kv in self.most_common()])
        return 'Counter({%s})' % body

    def _combine(self, other, combine, missing):
        """A new Counter: combine(mine, theirs) for self's keys, missing(theirs) for keys only
        other has (None: skip them); only positive counts are kept, as Counter arithmetic does."""
        if not isinstance(other, Counter):
            return NotImplemented
        result = Counter()
        for elem, cnt in self._data.items():
            newcount = combine(cnt, other[elem])
            if newcount > 0:
                result._data[elem] = newcount
        if missing is not None:
            for elem, cnt in other._data.items():
                if elem not in self._data:
                    newcount = missing(cnt)
                    if newcount > 0:
                        result._data[elem] = newcount
        return result

    def __add__(self, other):
        return self._combine(other, lambda a, b: a + b, lambda b: b)

    def __sub__(self, other):
        return self._combine(other, lambda a, b: a - b, lambda b: 0 - b)

    def __or__(self, other):
        return self._combine(other, lambda a, b: b if a < b else a, lambda b: b)

    def __and__(self, other):
        return self._combine(other, lambda a, b: a if a < b else b, None)

    def __pos__(self):
        result = Counter()
        for elem, cnt in self._data.items():
            if cnt > 0:
                result._data[elem] = cnt
        return result

    def __neg__(self):
        result = Counter()
        for elem, cnt in self._data.items():
            if cnt < 0:
                result._data[elem] = 0 - cnt
        return result


def _second(pair):
    return pair[1]


class defaultdict(_DictWrapper):
    """dict that calls default_factory for missing keys.

    Wraps a dict because pygil cannot subclass built-ins yet, so
    isinstance(defaultdict(list), dict) is False here.
    """

    def __init__(self, default_factory=None, *args, **kwargs):
        if default_factory is not None and not callable(default_factory):
            raise TypeError('first argument must be callable or None')
        self.default_factory = default_factory
        self._data = {}
        if args:
            self.update(args[0])
        if kwargs:
            self.update(kwargs)

    def __missing__(self, key):
        if self.default_factory is None:
            raise KeyError(key)
        value = self.default_factory()
        self._data[key] = value
        return value

    def copy(self):
        return defaultdict(self.default_factory, self._data)

    __copy__ = copy

    def __repr__(self):
        return 'defaultdict(%r, %r)' % (self.default_factory, self._data)


class OrderedDict(_DictWrapper):
    """dict remembering insertion order, with move_to_end and popitem(last).

    Wraps a dict because pygil cannot subclass built-ins yet, so
    isinstance(OrderedDict(), dict) is False here.
    """

    def __init__(self, other=(), **kwargs):
        self._data = {}
        self.update(other, **kwargs)

    def move_to_end(self, key, last=True):
        value = self._data.pop(key)
        if last:
            self._data[key] = value
        else:
            rest = self._data
            self._data = {key: value}
            for k, v in rest.items():
                self._data[k] = v

    def popitem(self, last=True):
        if not self._data:
            raise KeyError('dictionary is empty')
        if last:
            return self._data.popitem()
        key = next(iter(self._data))
        value = self._data.pop(key)
        return (key, value)

    def __reversed__(self):
        return reversed(list(self._data))

    def copy(self):
        return OrderedDict(self._data)

    def __eq__(self, other):
        if isinstance(other, OrderedDict):
            return list(self._data.items()) == list(other._data.items())
        return _DictWrapper.__eq__(self, other)

    def __repr__(self):
        if not self._data:
            return 'OrderedDict()'
        return 'OrderedDict(%r)' % (list(self._data.items()),)


class deque:
    """Double-ended queue with optional maxlen.

    Wraps a list because pygil cannot subclass built-ins yet.
    """

    def __init__(self, iterable=(), maxlen=None):
        if maxlen is not None:
            if not isinstance(maxlen, int):
                raise TypeError('an integer is required')
            if maxlen < 0:
                raise ValueError('maxlen must be non-negative')
        self._maxlen = maxlen
        self._items = []
        self.extend(iterable)

    @property
    def maxlen(self):
        return self._maxlen

    def append(self, x):
        self._items.append(x)
        if self._maxlen is not None and len(self._items) > self._maxlen:
            self._items.pop(0)

    def appendleft(self, x):
        self._items.insert(0, x)
        if self._maxlen is not None and len(self._items) > self._maxlen:
            self._items.pop()

    def extend(self, iterable):
        if iterable is self:
            iterable = list(self._items)
        for x in iterable:
            self.append(x)

    def extendleft(self, iterable):
        if iterable is self:
            iterable = list(self._items)
        for x in iterable:
            self.appendleft(x)

    def pop(self):
        if not self._items:
            raise IndexError('pop from an empty deque')
        return self._items.pop()

    def popleft(self):
        if not self._items:
            raise IndexError('pop from an empty deque')
        return self._items.pop(0)

    def rotate(self, n=1):
        size = len(self._items)
        if size <= 1:
            return
        n = n % size
        if n:
            self._items = self._items[size - n:] + self._items[:size - n]

    def clear(self):
        self._items = []

    def count(self, x):
        return self._items.count(x)

    def index(self, x, *args):
        try:
            return self._items.index(x, *args)
        except ValueError:
            raise ValueError('%r is not in deque' % (x,))

    def insert(self, i, x):
        if self._maxlen is not None and len(self._items) >= self._maxlen:
            raise IndexError('deque already at its maximum size')
        self._items.insert(i, x)

    def remove(self, value):
        try:
            self._items.remove(value)
        except ValueError:
            raise ValueError('deque.remove(x): x not in deque')

    def reverse(self):
        self._items.reverse()

    def copy(self):
        return deque(self._items, self._maxlen)

    __copy__ = copy

    def __len__(self):
        return len(self._items)

    def __bool__(self):
        return len(self._items) > 0

    def __iter__(self):
        return iter(self._items)

    def __reversed__(self):
        return reversed(self._items)

    def __contains__(self, x):
        return x in self._items

    def _check_index(self, i):
        if not isinstance(i, int):
            raise TypeError('sequence index must be integer, not %r' % type(i).__name__)
        if i < -len(self._items) or i >= len(self._items):
            raise IndexError('deque index out of range')

    def __getitem__(self, i):
        self._check_index(i)
        return self._items[i]

    def __setitem__(self, i, x):
        self._check_index(i)
        self._items[i] = x

    def __delitem__(self, i):
        self._check_index(i)
        del self._items[i]

    def __eq__(self, other):
        if not isinstance(other, deque):
            return NotImplemented
        return self._items == other._items

    def __ne__(self, other):
        r = self.__eq__(other)
        if r is NotImplemented:
            return r
        return not r

    def __lt__(self, other):
        if not isinstance(other, deque):
            return NotImplemented
        return self._items < other._items

    def __add__(self, other):
        if not isinstance(other, deque):
            return NotImplemented
        result = deque(self._items, self._maxlen)
        result.extend(other._items)
        return result

    def __iadd__(self, other):
        self.extend(other)
        return self

    __hash__ = None

    def __repr__(self):
        if self._maxlen is None:
            return 'deque(%r)' % (self._items,)
        return 'deque(%r, maxlen=%d)' % (self._items, self._maxlen)


def namedtuple(typename, field_names, rename=False, defaults=None, module=None):
    """Return a tuple-like class with named fields.

    The class does not subclass tuple (pygil cannot subclass built-ins yet);
    it stores its values in a tuple and compares equal to plain tuples.
    """
    if isinstance(field_names, str):
        field_names = field_names.replace(',', ' ').split()
    fields = tuple([str(f) for f in field_names])
    seen = []
    for name in fields:
        if name.startswith('_'):
            raise ValueError('Field names cannot start with an underscore: %r' % name)
        if name in seen:
            raise ValueError('Encountered duplicate field name: %r' % name)
        seen.append(name)
    nfields = len(fields)
    if defaults is not None:
        defaults = tuple(defaults)
        if len(defaults) > nfields:
            raise TypeError('Got more default values than field names')
        field_defaults = dict(zip(fields[nfields - len(defaults):], defaults))
    else:
        field_defaults = {}

    class _NT:
        __slots__ = ()

        def __init__(self, *args, **kwargs):
            if len(args) > nfields:
                raise TypeError('%s.__new__() takes %d positional arguments but %d were given'
                                % (typename, nfields + 1, len(args) + 1))
            values = list(args)
            for name in fields[len(args):]:
                if name in kwargs:
                    values.append(kwargs.pop(name))
                elif name in field_defaults:
                    values.append(field_defaults[name])
                else:
                    missing = [n for n in fields[len(values):] if n not in kwargs and n not in field_defaults]
                    raise TypeError("%s.__new__() missing %d required positional argument%s: %s"
                                    % (typename, len(missing), '' if len(missing) == 1 else 's',
                                       ', '.join([repr(m) for m in missing])))
            for name in kwargs:
                if name in fields:
                    raise TypeError("%s() got multiple values for argument %r" % (typename, name))
                raise TypeError("%s() got an unexpected keyword argument %r" % (typename, name))
            self.__dict__['_values'] = tuple(values)

        @classmethod
        def _make(cls, iterable):
            return cls(*iterable)

        def _replace(self, **kwargs):
            values = []
            for name in fields:
                values.append(kwargs.pop(name) if name in kwargs else getattr(self, name))
            if kwargs:
                raise ValueError('Got unexpected field names: %r' % list(kwargs))
            return type(self)(*values)

        def _asdict(self):
            return dict(zip(fields, self._values))

        def __repr__(self):
            body = ', '.join(['%s=%r' % (n, v) for n, v in zip(fields, self._values)])
            return '%s(%s)' % (typename, body)

        def __iter__(self):
            return iter(self._values)

        def __len__(self):
            return nfields

        def __getitem__(self, i):
            return self._values[i]

        def __contains__(self, x):
            return x in self._values

        def __hash__(self):
            return hash(self._values)

        def __eq__(self, other):
            o = _tuple_of(other)
            if o is None:
                return NotImplemented
            return self._values == o

        def __ne__(self, other):
            o = _tuple_of(other)
            if o is None:
                return NotImplemented
            return self._values != o

        def __lt__(self, other):
            o = _tuple_of(other)
            if o is None:
                return NotImplemented
            return self._values < o

        def __le__(self, other):
            o = _tuple_of(other)
            if o is None:
                return NotImplemented
            return self._values <= o

        def __gt__(self, other):
            o = _tuple_of(other)
            if o is None:
                return NotImplemented
            return self._values > o

        def __ge__(self, other):
            o = _tuple_of(other)
            if o is None:
                return NotImplemented
            return self._values >= o

        def __add__(self, other):
            return self._values + tuple(other)

        def count(self, x):
            return self._values.count(x)

        def index(self, x):
            return self._values.index(x)

        def __setattr__(self, name, value):
            raise AttributeError("can't set attribute")

    for i in range(nfields):
        setattr(_NT, fields[i], property(_field_getter(i)))
    _NT._fields = fields
    _NT._field_defaults = field_defaults
    _NT._typename = typename
    try:
        _NT.__name__ = typename
        _NT.__qualname__ = typename
    except (AttributeError, TypeError):
        pass
    return _NT


def _field_getter(i):
    def getter(self):
        return self._values[i]
    return getter


def _tuple_of(other):
    if isinstance(other, tuple):
        return other
    if hasattr(other, '_fields') and hasattr(other, '_values'):
        return other._values
    return None
