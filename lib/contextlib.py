"""Utilities for with-statement contexts, for pygil (pure Python implementation).

Owns contextmanager (a generator function as a context manager), suppress, closing,
nullcontext, redirect_stdout / redirect_stderr and ExitStack, with CPython's semantics for
what an exception inside the with block does to the generator. It must never swallow an
exception that CPython would let through: __exit__ returns True only when the exception
was consumed.
"""

import sys as _sys

__all__ = ['contextmanager', 'suppress', 'closing', 'nullcontext', 'redirect_stdout',
           'redirect_stderr', 'ExitStack', 'AbstractContextManager']


class AbstractContextManager:
    """A base class whose __enter__ returns self."""

    def __enter__(self):
        return self

    def __exit__(self, exc_type, exc_value, traceback):
        return None


class _GeneratorContextManager(AbstractContextManager):
    """What @contextmanager makes: runs the generator to its yield on entry, and on exit
    either to its end or, with an exception, throws it in at the yield."""

    def __init__(self, func, args, kwds):
        self.gen = func(*args, **kwds)
        self.func, self.args, self.kwds = func, args, kwds

    def __enter__(self):
        try:
            return next(self.gen)
        except StopIteration:
            raise RuntimeError("generator didn't yield") from None

    def __exit__(self, typ, value, traceback):
        if typ is None:
            try:
                next(self.gen)
            except StopIteration:
                return False
            raise RuntimeError("generator didn't stop")
        if value is None:
            value = typ()
        try:
            self.gen.throw(value)
        except StopIteration as exc:
            # the generator caught the exception and ended: suppressed, unless it was the
            # StopIteration passed in
            return exc is not value
        except RuntimeError as exc:
            # PEP 479 turned our StopIteration into a RuntimeError: not suppressed
            if exc is value:
                return False
            if isinstance(value, StopIteration) and exc.__cause__ is value:
                return False
            raise
        except BaseException as exc:
            # the same exception coming back out is not an error of __exit__ itself
            if exc is not value:
                raise
            return False
        raise RuntimeError("generator didn't stop after throw()")


def contextmanager(func):
    """@contextmanager: a generator function that yields once becomes a context manager."""
    def helper(*args, **kwds):
        return _GeneratorContextManager(func, args, kwds)
    helper.__name__ = getattr(func, '__name__', 'helper')
    helper.__doc__ = getattr(func, '__doc__', None)
    helper.__wrapped__ = func
    return helper


class suppress(AbstractContextManager):
    """with suppress(KeyError): ... ends quietly when the block raises one of the exceptions."""

    def __init__(self, *exceptions):
        self._exceptions = exceptions

    def __exit__(self, exctype, excinst, exctb):
        return exctype is not None and issubclass(exctype, self._exceptions)


class closing(AbstractContextManager):
    """with closing(thing) as t: ... calls thing.close() at the end."""

    def __init__(self, thing):
        self.thing = thing

    def __enter__(self):
        return self.thing

    def __exit__(self, *exc_info):
        self.thing.close()


class nullcontext(AbstractContextManager):
    """A context manager that does nothing, with an optional value for `as`."""

    def __init__(self, enter_result=None):
        self.enter_result = enter_result

    def __enter__(self):
        return self.enter_result

    def __exit__(self, *excinfo):
        pass


class _RedirectStream(AbstractContextManager):
    _stream = None

    def __init__(self, new_target):
        self._new_target = new_target
        self._old_targets = []

    def __enter__(self):
        self._old_targets.append(getattr(_sys, self._stream))
        setattr(_sys, self._stream, self._new_target)
        return self._new_target

    def __exit__(self, exctype, excinst, exctb):
        setattr(_sys, self._stream, self._old_targets.pop())


class redirect_stdout(_RedirectStream):
    """with redirect_stdout(f): sys.stdout is f inside the block."""
    _stream = 'stdout'


class redirect_stderr(_RedirectStream):
    """with redirect_stderr(f): sys.stderr is f inside the block."""
    _stream = 'stderr'


class ExitStack(AbstractContextManager):
    """Enter any number of context managers; their exits run in reverse order at the end."""

    def __init__(self):
        self._exit_callbacks = []

    def enter_context(self, cm):
        cls = type(cm)
        try:
            enter = cls.__enter__
            exit_ = cls.__exit__
        except AttributeError:
            raise TypeError("'%s' object does not support the context manager protocol"
                            % cls.__name__) from None
        result = enter(cm)
        self._exit_callbacks.append(lambda typ, val, tb: exit_(cm, typ, val, tb))
        return result

    def push(self, exit):
        if hasattr(type(exit), '__exit__'):
            exit_ = type(exit).__exit__
            self._exit_callbacks.append(lambda typ, val, tb: exit_(exit, typ, val, tb))
        else:
            self._exit_callbacks.append(exit)
        return exit

    def callback(self, callback, /, *args, **kwds):
        def _exit_wrapper(typ, val, tb):
            callback(*args, **kwds)
        self._exit_callbacks.append(_exit_wrapper)
        return callback

    def pop_all(self):
        new_stack = ExitStack()
        new_stack._exit_callbacks = self._exit_callbacks
        self._exit_callbacks = []
        return new_stack

    def close(self):
        self.__exit__(None, None, None)

    def __exit__(self, *exc_details):
        received_exc = exc_details[0] is not None
        pending_raise = False
        suppressed = False
        exc = exc_details[1]
        while self._exit_callbacks:
            cb = self._exit_callbacks.pop()
            try:
                details = (None, None, None) if exc is None else (type(exc), exc, None)
                if cb(*details):
                    suppressed = True
                    pending_raise = False
                    exc = None
            except BaseException as new_exc:
                # a callback's own exception replaces the one in flight, chained to it
                if exc is not None and new_exc is not exc and new_exc.__context__ is None:
                    new_exc.__context__ = exc
                pending_raise = True
                exc = new_exc
        if pending_raise:
            raise exc
        return received_exc and suppressed
