"""Data classes for pygil (pure Python implementation of the common part of dataclasses).

Owns @dataclass (init, repr, eq, order, frozen, unsafe_hash), field() with default,
default_factory, init, repr and compare, __post_init__, inheritance of fields, and the helpers
fields, asdict, astuple, replace and is_dataclass.

CPython builds each generated method as source text and runs exec() on it; pygil has no exec,
so the methods here are closures over the class's field list that do the same work: __init__
binds its arguments the way a def with those parameters would, with CPython's error messages.
Not here: InitVar, KW_ONLY, slots=True, match_args, weakref_slot.
"""

__all__ = ['dataclass', 'field', 'Field', 'FrozenInstanceError', 'fields', 'asdict',
           'astuple', 'replace', 'is_dataclass', 'MISSING']


class _MissingType:
    def __repr__(self):
        return 'MISSING'


MISSING = _MissingType()


class FrozenInstanceError(AttributeError):
    pass


class Field:
    """One field: its name and type (from the class's annotations) and field()'s options."""

    def __init__(self, default, default_factory, init, repr, hash, compare, metadata, kw_only):
        self.name = None
        self.type = None
        self.default = default
        self.default_factory = default_factory
        self.init = init
        self.repr = repr
        self.hash = hash
        self.compare = compare
        self.metadata = metadata if metadata is not None else {}
        self.kw_only = kw_only

    def __repr__(self):
        return ('Field(name=%r,type=%r,default=%r,default_factory=%r,init=%r,repr=%r,'
                'hash=%r,compare=%r,metadata=%r,kw_only=%r)'
                % (self.name, self.type, self.default, self.default_factory, self.init,
                   self.repr, self.hash, self.compare, self.metadata, self.kw_only))


def field(*, default=MISSING, default_factory=MISSING, init=True, repr=True, hash=None,
          compare=True, metadata=None, kw_only=MISSING):
    if default is not MISSING and default_factory is not MISSING:
        raise ValueError('cannot specify both default and default_factory')
    return Field(default, default_factory, init, repr, hash, compare, metadata, kw_only)


_FIELDS = '__dataclass_fields__'
_PARAMS = '__dataclass_params__'


def _has_default(f):
    return f.default is not MISSING or f.default_factory is not MISSING


def _collect_fields(cls):
    """The fields of cls: its bases' (in MRO order, most basic first), then its own annotations."""
    found = {}
    for base in reversed(cls.__mro__[1:]):
        base_fields = base.__dict__.get(_FIELDS)
        if base_fields is not None:
            for f in base_fields.values():
                found[f.name] = f
    annotations = cls.__dict__.get('__annotations__', {})
    for name, typ in annotations.items():
        default = cls.__dict__.get(name, MISSING)
        if isinstance(default, Field):
            f = default
        else:
            if isinstance(default, (list, dict, set)):
                raise ValueError('mutable default %s for field %s is not allowed: use default_factory'
                                 % (type(default), name))
            f = field(default=default)
        f.name = name
        f.type = typ
        # a field's default stays a class attribute, as in CPython; a Field object does not
        if isinstance(default, Field):
            if f.default is MISSING:
                delattr(cls, name)
            else:
                setattr(cls, name, f.default)
        found[name] = f
    return found


def _make_init(cls, flds, frozen):
    params = [f for f in flds if f.init]
    seen_default = False
    for f in params:
        if _has_default(f):
            seen_default = True
        elif seen_default:
            raise TypeError('non-default argument %r follows default argument' % f.name)
    names = [f.name for f in params]
    required = len([f for f in params if not _has_default(f)])
    qualname = cls.__qualname__ + '.__init__'

    def __init__(self, *args, **kwargs):
        if len(args) > len(params):
            if required == len(params):
                takes = '%d positional argument%s' % (required + 1, '' if required == 0 else 's')
            else:
                takes = 'from %d to %d positional arguments' % (required + 1, len(params) + 1)
            raise TypeError('%s() takes %s but %d were given' % (qualname, takes, len(args) + 1))
        values = {}
        for f, v in zip(params, args):
            values[f.name] = v
        for k, v in kwargs.items():
            if k not in names:
                raise TypeError("%s() got an unexpected keyword argument '%s'" % (qualname, k))
            if k in values:
                raise TypeError("%s() got multiple values for argument '%s'" % (qualname, k))
            values[k] = v
        missing = [f.name for f in params if f.name not in values and not _has_default(f)]
        if missing:
            quoted = ["'%s'" % m for m in missing]
            if len(quoted) == 1:
                text = quoted[0]
            elif len(quoted) == 2:
                text = quoted[0] + ' and ' + quoted[1]
            else:
                text = ', '.join(quoted[:-1]) + ', and ' + quoted[-1]
            raise TypeError('%s() missing %d required positional argument%s: %s'
                            % (qualname, len(missing), '' if len(missing) == 1 else 's', text))
        for f in flds:
            if f.init and f.name in values:
                value = values[f.name]
            elif f.default_factory is not MISSING:
                value = f.default_factory()
            elif f.default is not MISSING:
                value = f.default
            else:
                continue
            if frozen:
                object.__setattr__(self, f.name, value)
            else:
                setattr(self, f.name, value)
        post_init = getattr(self, '__post_init__', None)
        if post_init is not None:
            post_init()

    __init__.__qualname__ = qualname
    return __init__


def _make_repr(cls, flds):
    shown = [f.name for f in flds if f.repr]

    def __repr__(self):
        return '%s(%s)' % (type(self).__qualname__,
                           ', '.join('%s=%r' % (name, getattr(self, name)) for name in shown))
    return __repr__


def _tuple_of(self, flds):
    return tuple(getattr(self, f.name) for f in flds if f.compare)


def _make_compare(flds, op):
    def compare(self, other):
        if other.__class__ is not self.__class__:
            return NotImplemented
        return op(_tuple_of(self, flds), _tuple_of(other, flds))
    return compare


def _frozen_setattr(self, name, value):
    if name in getattr(type(self), _FIELDS):
        raise FrozenInstanceError("cannot assign to field '%s'" % name)
    object.__setattr__(self, name, value)


def _frozen_delattr(self, name):
    if name in getattr(type(self), _FIELDS):
        raise FrozenInstanceError("cannot delete field '%s'" % name)
    object.__delattr__(self, name)


def _set_new(cls, name, value):
    """Add a generated method unless the class defines one itself."""
    if name not in cls.__dict__:
        setattr(cls, name, value)


def _process_class(cls, init, repr, eq, order, unsafe_hash, frozen):
    found = _collect_fields(cls)
    flds = list(found.values())
    setattr(cls, _FIELDS, found)
    setattr(cls, _PARAMS, {'init': init, 'repr': repr, 'eq': eq, 'order': order,
                           'unsafe_hash': unsafe_hash, 'frozen': frozen})
    if init:
        _set_new(cls, '__init__', _make_init(cls, flds, frozen))
    if repr:
        _set_new(cls, '__repr__', _make_repr(cls, flds))
    if eq:
        _set_new(cls, '__eq__', _make_compare(flds, lambda a, b: a == b))
    if order:
        if not eq:
            raise ValueError('eq must be true if order is true')
        for name, op in (('__lt__', lambda a, b: a < b), ('__le__', lambda a, b: a <= b),
                         ('__gt__', lambda a, b: a > b), ('__ge__', lambda a, b: a >= b)):
            if name in cls.__dict__:
                raise TypeError('Cannot overwrite attribute %s in class %s. Consider using '
                                'functools.total_ordering' % (name, cls.__name__))
            setattr(cls, name, _make_compare(flds, op))
    if frozen:
        for name in ('__setattr__', '__delattr__'):
            if name in cls.__dict__:
                raise TypeError('Cannot overwrite attribute %s in class %s' % (name, cls.__name__))
        cls.__setattr__ = _frozen_setattr
        cls.__delattr__ = _frozen_delattr
    # __hash__, by CPython's table: eq without frozen makes instances unhashable
    has_own_hash = '__hash__' in cls.__dict__ and cls.__dict__['__hash__'] is not None
    if unsafe_hash or (eq and frozen):
        if unsafe_hash and has_own_hash:
            raise TypeError('Cannot overwrite attribute __hash__ in class %s' % cls.__name__)
        hashed = [f for f in flds if (f.compare if f.hash is None else f.hash)]
        cls.__hash__ = lambda self: hash(tuple(getattr(self, f.name) for f in hashed))
    elif eq and not has_own_hash:
        cls.__hash__ = None
    return cls


def dataclass(cls=None, /, *, init=True, repr=True, eq=True, order=False, unsafe_hash=False,
              frozen=False):
    """@dataclass or @dataclass(...): generate __init__, __repr__, __eq__... from the fields."""
    def wrap(c):
        return _process_class(c, init, repr, eq, order, unsafe_hash, frozen)
    if cls is None:
        return wrap
    return wrap(cls)


def is_dataclass(obj):
    cls = obj if isinstance(obj, type) else type(obj)
    return hasattr(cls, _FIELDS)


def fields(class_or_instance):
    try:
        found = getattr(class_or_instance, _FIELDS)
    except AttributeError:
        raise TypeError('must be called with a dataclass type or instance') from None
    return tuple(found.values())


def _copy_value(obj, factory):
    if is_dataclass(obj) and not isinstance(obj, type):
        return factory([(f.name, _copy_value(getattr(obj, f.name), factory)) for f in fields(obj)])
    if isinstance(obj, tuple) and hasattr(obj, '_fields'):
        return type(obj)(*[_copy_value(v, factory) for v in obj])
    if isinstance(obj, (list, tuple)):
        return type(obj)(_copy_value(v, factory) for v in obj)
    if isinstance(obj, dict):
        return type(obj)((_copy_value(k, factory), _copy_value(v, factory)) for k, v in obj.items())
    return obj


def asdict(obj, *, dict_factory=dict):
    if not is_dataclass(obj) or isinstance(obj, type):
        raise TypeError('asdict() should be called on dataclass instances')
    return _copy_value(obj, dict_factory)


def astuple(obj, *, tuple_factory=tuple):
    if not is_dataclass(obj) or isinstance(obj, type):
        raise TypeError('astuple() should be called on dataclass instances')
    return tuple_factory([_astuple_value(getattr(obj, f.name), tuple_factory) for f in fields(obj)])


def _astuple_value(obj, factory):
    if is_dataclass(obj) and not isinstance(obj, type):
        return factory([_astuple_value(getattr(obj, f.name), factory) for f in fields(obj)])
    if isinstance(obj, (list, tuple)):
        return type(obj)(_astuple_value(v, factory) for v in obj)
    if isinstance(obj, dict):
        return type(obj)((_astuple_value(k, factory), _astuple_value(v, factory)) for k, v in obj.items())
    return obj


def replace(obj, /, **changes):
    if not is_dataclass(obj) or isinstance(obj, type):
        raise TypeError('replace() should be called on dataclass instances')
    for f in fields(obj):
        if not f.init:
            if f.name in changes:
                raise ValueError('field %s is declared with init=False, it cannot be specified '
                                 'with replace()' % f.name)
            continue
        if f.name not in changes:
            changes[f.name] = getattr(obj, f.name)
    return obj.__class__(**changes)
