"""Higher-order functions for pygil (pure Python implementation)."""

WRAPPER_ASSIGNMENTS = ('__module__', '__name__', '__qualname__', '__doc__')
WRAPPER_UPDATES = ('__dict__',)

_initial_missing = object()


def reduce(function, iterable, initial=_initial_missing):
    it = iter(iterable)
    if initial is _initial_missing:
        acc = next(it, _initial_missing)
        if acc is _initial_missing:
            raise TypeError('reduce() of empty iterable with no initial value')
    else:
        acc = initial
    for item in it:
        acc = function(acc, item)
    return acc


class partial:
    """Partial application of a callable: partial(f, *args, **kw)."""

    def __init__(self, func, *args, **keywords):
        if not callable(func):
            raise TypeError('the first argument must be callable')
        if isinstance(func, partial):
            args = func.args + args
            merged = dict(func.keywords)
            merged.update(keywords)
            keywords = merged
            func = func.func
        self.func = func
        self.args = tuple(args)
        self.keywords = dict(keywords)

    def __call__(self, *args, **keywords):
        kw = dict(self.keywords)
        kw.update(keywords)
        return self.func(*(self.args + args), **kw)

    def __repr__(self):
        parts = [repr(self.func)]
        for a in self.args:
            parts.append(repr(a))
        for k, v in self.keywords.items():
            parts.append('%s=%r' % (k, v))
        return 'functools.partial(%s)' % ', '.join(parts)


def update_wrapper(wrapper, wrapped, assigned=WRAPPER_ASSIGNMENTS,
                   updated=WRAPPER_UPDATES):
    # Note: pygil currently ignores assignments to a function's __name__ /
    # __qualname__ (they land in __dict__ instead), so the wrapper keeps its
    # own name there.  __doc__ and __dict__ entries are copied correctly.
    for attr in assigned:
        try:
            value = getattr(wrapped, attr)
        except AttributeError:
            continue
        try:
            setattr(wrapper, attr, value)
        except (AttributeError, TypeError):
            pass
    for attr in updated:
        try:
            src = getattr(wrapped, attr)
            dst = getattr(wrapper, attr)
        except AttributeError:
            continue
        for k in list(src):
            if k in ('__name__', '__qualname__', '__module__'):
                continue
            try:
                setattr(wrapper, k, src[k])
            except (AttributeError, TypeError):
                dst[k] = src[k]
    try:
        wrapper.__wrapped__ = wrapped
    except (AttributeError, TypeError):
        pass
    return wrapper


def wraps(wrapped, assigned=WRAPPER_ASSIGNMENTS, updated=WRAPPER_UPDATES):
    def decorator(wrapper):
        return update_wrapper(wrapper, wrapped, assigned, updated)
    return decorator


class _CacheInfo:
    """Tuple-like result of cache_info()."""

    _fields = ('hits', 'misses', 'maxsize', 'currsize')

    def __init__(self, hits, misses, maxsize, currsize):
        self.hits = hits
        self.misses = misses
        self.maxsize = maxsize
        self.currsize = currsize

    def _tuple(self):
        return (self.hits, self.misses, self.maxsize, self.currsize)

    def __iter__(self):
        return iter(self._tuple())

    def __getitem__(self, i):
        return self._tuple()[i]

    def __len__(self):
        return 4

    def __eq__(self, other):
        if isinstance(other, _CacheInfo):
            return self._tuple() == other._tuple()
        if isinstance(other, tuple):
            return self._tuple() == other
        return NotImplemented

    def __ne__(self, other):
        r = self.__eq__(other)
        if r is NotImplemented:
            return r
        return not r

    def __hash__(self):
        return hash(self._tuple())

    def __repr__(self):
        return 'CacheInfo(hits=%r, misses=%r, maxsize=%r, currsize=%r)' % self._tuple()


class _Marker:
    def __repr__(self):
        return '<kwd_mark>'


_kwd_mark = (_Marker(),)


def _make_key(args, kwds, typed):
    key = tuple(args)
    if kwds:
        key = key + _kwd_mark
        for item in kwds.items():
            key = key + item
    if typed:
        key = key + tuple([type(a) for a in args])
        if kwds:
            key = key + tuple([type(v) for v in kwds.values()])
    return key


class _LruCacheWrapper:
    """Callable object produced by lru_cache."""

    def __init__(self, func, maxsize, typed):
        self.__wrapped__ = func
        self._func = func
        self._maxsize = maxsize
        self._typed = typed
        self._cache = {}
        self._hits = 0
        self._misses = 0
        try:
            self.__doc__ = func.__doc__
        except AttributeError:
            pass
        try:
            self.__name__ = func.__name__
        except AttributeError:
            pass

    def __call__(self, *args, **kwds):
        maxsize = self._maxsize
        if maxsize == 0:
            self._misses += 1
            return self._func(*args, **kwds)
        key = _make_key(args, kwds, self._typed)
        cache = self._cache
        if key in cache:
            self._hits += 1
            value = cache.pop(key)
            cache[key] = value
            return value
        self._misses += 1
        value = self._func(*args, **kwds)
        if key in cache:
            # a recursive call already stored it
            return cache[key]
        cache[key] = value
        if maxsize is not None and len(cache) > maxsize:
            oldest = next(iter(cache))
            del cache[oldest]
        return value

    def cache_info(self):
        return _CacheInfo(self._hits, self._misses, self._maxsize, len(self._cache))

    def cache_clear(self):
        self._cache = {}
        self._hits = 0
        self._misses = 0

    def cache_parameters(self):
        return {'maxsize': self._maxsize, 'typed': self._typed}

    def __repr__(self):
        return '<functools._lru_cache_wrapper object>'


def lru_cache(maxsize=128, typed=False):
    if callable(maxsize) and not isinstance(maxsize, bool):
        return _LruCacheWrapper(maxsize, 128, typed)
    if maxsize is not None:
        if not isinstance(maxsize, int):
            raise TypeError('Expected first argument to be an integer, a callable, or None')
        if maxsize < 0:
            maxsize = 0

    def decorating_function(func):
        return _LruCacheWrapper(func, maxsize, typed)
    return decorating_function


def cache(func):
    return _LruCacheWrapper(func, None, False)


def _defined(cls, name):
    meth = getattr(cls, name, None)
    if meth is None:
        return False
    return meth is not getattr(object, name, None)


def total_ordering(cls):
    """Fill in missing rich comparisons from __eq__ and one ordering method."""
    roots = [op for op in ('__lt__', '__le__', '__gt__', '__ge__') if _defined(cls, op)]
    if not roots:
        raise ValueError('must define at least one ordering operation: < > <= >=')
    root = roots[0]

    def lt_base(self, other):
        return type(self).__lt__(self, other)

    def le_base(self, other):
        return type(self).__le__(self, other)

    def gt_base(self, other):
        return type(self).__gt__(self, other)

    def ge_base(self, other):
        return type(self).__ge__(self, other)

    if root == '__lt__':
        def __gt__(self, other):
            r = lt_base(self, other)
            if r is NotImplemented:
                return r
            return not r and self != other

        def __le__(self, other):
            r = lt_base(self, other)
            if r is NotImplemented:
                return r
            return r or self == other

        def __ge__(self, other):
            r = lt_base(self, other)
            if r is NotImplemented:
                return r
            return not r
        fill = {'__gt__': __gt__, '__le__': __le__, '__ge__': __ge__}
    elif root == '__le__':
        def __ge__(self, other):
            r = le_base(self, other)
            if r is NotImplemented:
                return r
            return not r or self == other

        def __lt__(self, other):
            r = le_base(self, other)
            if r is NotImplemented:
                return r
            return r and self != other

        def __gt__(self, other):
            r = le_base(self, other)
            if r is NotImplemented:
                return r
            return not r
        fill = {'__ge__': __ge__, '__lt__': __lt__, '__gt__': __gt__}
    elif root == '__gt__':
        def __lt__(self, other):
            r = gt_base(self, other)
            if r is NotImplemented:
                return r
            return not r and self != other

        def __ge__(self, other):
            r = gt_base(self, other)
            if r is NotImplemented:
                return r
            return r or self == other

        def __le__(self, other):
            r = gt_base(self, other)
            if r is NotImplemented:
                return r
            return not r
        fill = {'__lt__': __lt__, '__ge__': __ge__, '__le__': __le__}
    else:
        def __le__(self, other):
            r = ge_base(self, other)
            if r is NotImplemented:
                return r
            return not r or self == other

        def __gt__(self, other):
            r = ge_base(self, other)
            if r is NotImplemented:
                return r
            return r and self != other

        def __lt__(self, other):
            r = ge_base(self, other)
            if r is NotImplemented:
                return r
            return not r
        fill = {'__le__': __le__, '__gt__': __gt__, '__lt__': __lt__}
    for name in fill:
        if name not in roots:
            setattr(cls, name, fill[name])
    return cls


def cmp_to_key(mycmp):
    """Convert an old-style cmp function into a key function."""
    class K:
        __slots__ = ['obj']

        def __init__(self, obj):
            self.obj = obj

        def __lt__(self, other):
            return mycmp(self.obj, other.obj) < 0

        def __gt__(self, other):
            return mycmp(self.obj, other.obj) > 0

        def __eq__(self, other):
            return mycmp(self.obj, other.obj) == 0

        def __le__(self, other):
            return mycmp(self.obj, other.obj) <= 0

        def __ge__(self, other):
            return mycmp(self.obj, other.obj) >= 0

        __hash__ = None
    return K
