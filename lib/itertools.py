"""Iterator building blocks for pygil (pure Python, generator based)."""


def count(start=0, step=1):
    n = start
    while True:
        yield n
        n += step


def cycle(iterable):
    saved = []
    for element in iterable:
        yield element
        saved.append(element)
    if not saved:
        return
    while True:
        for element in saved:
            yield element


def repeat(obj, times=None):
    if times is None:
        while True:
            yield obj
    else:
        i = 0
        while i < times:
            yield obj
            i += 1


class chain:
    """chain(*iterables): iterate over each iterable in turn."""

    def __init__(self, *iterables):
        self._gen = chain._run(iterables)

    @staticmethod
    def _run(iterables):
        for it in iterables:
            for element in it:
                yield element

    @classmethod
    def from_iterable(cls, iterables):
        obj = cls()
        obj._gen = chain._run(iterables)
        return obj

    def __iter__(self):
        return self

    def __next__(self):
        return next(self._gen)


def _islice_arg(v, what):
    if v is None:
        return None
    if not isinstance(v, int) or v < 0:
        raise ValueError('%s argument for islice() must be None or an integer: 0 <= x <= sys.maxsize.' % what)
    return v


def islice(iterable, *args):
    if len(args) == 1:
        start, stop, step = 0, args[0], 1
        stop = _islice_arg(stop, 'Stop')
    elif 2 <= len(args) <= 3:
        start = args[0]
        stop = args[1]
        step = args[2] if len(args) == 3 else 1
        if start is None:
            start = 0
        if step is None:
            step = 1
        if not isinstance(start, int) or start < 0 or (stop is not None and (not isinstance(stop, int) or stop < 0)):
            raise ValueError('Indices for islice() must be None or an integer: 0 <= x <= sys.maxsize.')
        if not isinstance(step, int) or step <= 0:
            raise ValueError('Step for islice() must be a positive integer or None.')
    else:
        raise TypeError('islice expected at most 4 arguments, got %d' % (len(args) + 1))
    return _islice_gen(iter(iterable), start, stop, step)


def _islice_gen(it, start, stop, step):
    nxt = start
    i = 0
    while stop is None or i < stop:
        if stop is not None and nxt >= stop:
            # consume up to stop like CPython does not; just stop
            return
        try:
            element = next(it)
        except StopIteration:
            return
        if i == nxt:
            yield element
            nxt += step
        i += 1


def product(*iterables, repeat=1):
    pools = [tuple(p) for p in iterables] * repeat
    result = [()]
    for pool in pools:
        result = [r + (x,) for r in result for x in pool]
    for prod in result:
        yield prod


def permutations(iterable, r=None):
    pool = tuple(iterable)
    n = len(pool)
    if r is None:
        r = n
    if r > n:
        return
    for idx in _perm_indices(n, r, []):
        yield tuple([pool[i] for i in idx])


def _perm_indices(n, r, prefix):
    if len(prefix) == r:
        yield list(prefix)
        return
    for i in range(n):
        if i not in prefix:
            prefix.append(i)
            for p in _perm_indices(n, r, prefix):
                yield p
            prefix.pop()


def combinations(iterable, r):
    pool = tuple(iterable)
    n = len(pool)
    if r > n:
        return
    for idx in _comb_indices(0, n, r, False):
        yield tuple([pool[i] for i in idx])


def combinations_with_replacement(iterable, r):
    pool = tuple(iterable)
    n = len(pool)
    if n == 0 and r > 0:
        return
    for idx in _comb_indices(0, n, r, True):
        yield tuple([pool[i] for i in idx])


def _comb_indices(lo, n, r, replace):
    if r == 0:
        yield ()
        return
    for i in range(lo, n):
        nxt = i if replace else i + 1
        for rest in _comb_indices(nxt, n, r - 1, replace):
            yield (i,) + rest


def accumulate(iterable, func=None, initial=None):
    it = iter(iterable)
    total = initial
    if initial is None:
        sentinel = object()
        total = next(it, sentinel)
        if total is sentinel:
            return
    yield total
    for element in it:
        total = total + element if func is None else func(total, element)
        yield total


def groupby(iterable, key=None):
    it = iter(iterable)
    keyfunc = key if key is not None else (lambda x: x)
    sentinel = object()
    st = {'done': False, 'k': None, 'v': None, 'gid': 0}

    def step():
        v = next(it, sentinel)
        if v is sentinel:
            st['done'] = True
        else:
            st['v'] = v
            st['k'] = keyfunc(v)

    step()
    while not st['done']:
        tk = st['k']
        st['gid'] += 1
        yield tk, _grouper(st, step, tk, st['gid'])
        while not st['done'] and st['k'] == tk:
            step()


def _grouper(st, step, tk, gid):
    while st['gid'] == gid and not st['done'] and st['k'] == tk:
        v = st['v']
        step()
        yield v


def zip_longest(*iterables, fillvalue=None):
    iterators = [iter(it) for it in iterables]
    if not iterators:
        return
    sentinel = object()
    active = len(iterators)
    while True:
        values = []
        for i in range(len(iterators)):
            v = next(iterators[i], sentinel)
            if v is sentinel:
                active -= 1
                if active == 0:
                    return
                iterators[i] = repeat(fillvalue)
                v = fillvalue
            values.append(v)
        yield tuple(values)


def takewhile(predicate, iterable):
    for x in iterable:
        if predicate(x):
            yield x
        else:
            return


def dropwhile(predicate, iterable):
    it = iter(iterable)
    for x in it:
        if not predicate(x):
            yield x
            break
    for x in it:
        yield x


def starmap(function, iterable):
    for args in iterable:
        yield function(*args)


def filterfalse(predicate, iterable):
    if predicate is None:
        predicate = bool
    for x in iterable:
        if not predicate(x):
            yield x


def compress(data, selectors):
    for d, s in zip(data, selectors):
        if s:
            yield d


def pairwise(iterable):
    it = iter(iterable)
    sentinel = object()
    a = next(it, sentinel)
    if a is sentinel:
        return
    for b in it:
        yield (a, b)
        a = b


def tee(iterable, n=2):
    it = iter(iterable)
    buffers = [[] for _ in range(n)]

    def gen(mybuf):
        sentinel = object()
        while True:
            if not mybuf:
                v = next(it, sentinel)
                if v is sentinel:
                    return
                for b in buffers:
                    b.append(v)
            yield mybuf.pop(0)
    return tuple([gen(b) for b in buffers])
