"""Thread objects and synchronization primitives for pygil (pure Python implementation).

Owns the Thread class and its registry (which ident is which Thread, who is
still running), RLock, Condition, Semaphore, Event, Barrier, Timer, local and
the thread excepthook, all built on the native _thread module: start_new_thread,
allocate_lock, get_ident, get_native_id.  It must never block while holding
_active_limbo_lock, and never let an exception escape a thread's bootstrap.

How a thread ends and is joined (CPython uses _thread._set_sentinel; pygil has
none, so each Thread carries its own "done lock"):
  - start() allocates the done lock and acquires it *before* the new thread
    exists; a non-daemon thread's done lock also goes into _shutdown_locks.
  - the new thread's bootstrap runs run(), reports an uncaught exception,
    leaves the registry, and releases the done lock as its very last action.
  - join(timeout) acquires the done lock with the timeout and, if it got it,
    releases it at once: the lock stays free, so any number of joiners pass.
  - _shutdown(), called by the interpreter when the main module ends, does
    the same for every lock in _shutdown_locks, i.e. waits for every
    non-daemon thread.  Daemon threads are not waited for.
The main thread's done lock is acquired at import and released by _shutdown().
"""

import _thread
import sys as _sys
from time import monotonic as _time

__all__ = ['get_ident', 'get_native_id', 'active_count', 'Condition',
           'current_thread', 'enumerate', 'main_thread', 'TIMEOUT_MAX',
           'Event', 'Lock', 'RLock', 'Semaphore', 'BoundedSemaphore', 'Thread',
           'Barrier', 'BrokenBarrierError', 'Timer', 'ThreadError',
           'ExceptHookArgs', 'excepthook', 'local']

_start_new_thread = _thread.start_new_thread
_allocate_lock = _thread.allocate_lock
get_ident = _thread.get_ident
get_native_id = _thread.get_native_id
ThreadError = _thread.error
TIMEOUT_MAX = _thread.TIMEOUT_MAX
try:
    stack_size = _thread.stack_size
except AttributeError:
    pass

Lock = _allocate_lock


# ---------------------------------------------------------------------------
# RLock: a reentrant lock, owned by the thread that acquired it.

class _RLock:
    """A lock that its owner may acquire again; it is free once the owner has
    released it as many times as it acquired it.  Only the owner may release.
    """

    def __init__(self):
        self._block = _allocate_lock()
        self._owner = None      # ident of the owning thread, None when free
        self._count = 0         # how many times the owner holds it

    def __repr__(self):
        owner = self._owner
        return "<%s %s.%s object owner=%r count=%d at %s>" % (
            "locked" if self._block.locked() else "unlocked",
            "_thread", "RLock",
            0 if owner is None else owner, self._count, hex(id(self)))

    def acquire(self, blocking=True, timeout=-1):
        me = get_ident()
        # Only the owner can see itself as owner, so no race on _count here.
        if self._owner == me:
            self._count += 1
            return True
        got = self._block.acquire(blocking, timeout)
        if got:
            self._owner = me
            self._count = 1
        return got

    __enter__ = acquire

    def release(self):
        if self._owner != get_ident():
            raise RuntimeError("cannot release un-acquired lock")
        self._count -= 1
        if self._count == 0:
            self._owner = None
            self._block.release()

    def __exit__(self, t, v, tb):
        self.release()

    # Condition.wait() must release the lock completely however deep the
    # owner holds it, then restore exactly that depth.
    def _release_save(self):
        if self._count == 0:
            raise RuntimeError("cannot release un-acquired lock")
        state = (self._count, self._owner)
        self._count = 0
        self._owner = None
        self._block.release()
        return state

    def _acquire_restore(self, state):
        self._block.acquire()
        self._count, self._owner = state

    def _is_owned(self):
        return self._owner == get_ident()


_PyRLock = _RLock


def RLock(*args, **kwargs):
    """Return a new reentrant lock (a factory function, as in CPython)."""
    return _RLock(*args, **kwargs)


# ---------------------------------------------------------------------------
# Condition: each waiter blocks on a private lock of its own, which notify()
# releases.  The waiter list is only touched while holding the condition's lock.

class Condition:

    def __init__(self, lock=None):
        if lock is None:
            lock = RLock()
        self._lock = lock
        self.acquire = lock.acquire
        self.release = lock.release
        # An RLock knows how to drop and restore its whole depth and who owns
        # it; for a plain lock the fallbacks below are used.
        for name in ('_release_save', '_acquire_restore', '_is_owned'):
            try:
                setattr(self, name, getattr(lock, name))
            except AttributeError:
                pass
        self._waiters = []      # the waiters' private locks, oldest first

    def __enter__(self):
        return self._lock.__enter__()

    def __exit__(self, *args):
        return self._lock.__exit__(*args)

    def __repr__(self):
        return "<Condition(%s, %d)>" % (self._lock, len(self._waiters))

    def _release_save(self):
        self._lock.release()

    def _acquire_restore(self, state):
        self._lock.acquire()

    def _is_owned(self):
        # A plain lock has no owner: "owned" means "held by somebody".
        if self._lock.acquire(False):
            self._lock.release()
            return False
        return True

    def wait(self, timeout=None):
        if not self._is_owned():
            raise RuntimeError("cannot wait on un-acquired lock")
        waiter = _allocate_lock()
        waiter.acquire()
        self._waiters.append(waiter)
        saved = self._release_save()
        gotit = False
        try:
            # Blocks until notify() releases the waiter lock (or time runs out).
            if timeout is None:
                waiter.acquire()
                gotit = True
            elif timeout > 0:
                gotit = waiter.acquire(True, timeout)
            else:
                gotit = waiter.acquire(False)
            return gotit
        finally:
            self._acquire_restore(saved)
            if not gotit:
                # Timed out: nobody will release our lock, take it off the list
                # (notify() may have removed it meanwhile).
                try:
                    self._waiters.remove(waiter)
                except ValueError:
                    pass

    def wait_for(self, predicate, timeout=None):
        endtime = None
        waittime = timeout
        result = predicate()
        while not result:
            if waittime is not None:
                if endtime is None:
                    endtime = _time() + waittime
                else:
                    waittime = endtime - _time()
                    if waittime <= 0:
                        break
            self.wait(waittime)
            result = predicate()
        return result

    def notify(self, n=1):
        if not self._is_owned():
            raise RuntimeError("cannot notify on un-acquired lock")
        waiters = self._waiters
        while waiters and n > 0:
            waiter = waiters.pop(0)
            try:
                waiter.release()
            except RuntimeError:
                # Its wait() timed out before we got here: it is not waiting.
                continue
            n -= 1

    def notify_all(self):
        self.notify(len(self._waiters))

    notifyAll = notify_all


# ---------------------------------------------------------------------------
# Semaphores and events, built on Condition.

class Semaphore:

    def __init__(self, value=1):
        if value < 0:
            raise ValueError("semaphore initial value must be >= 0")
        self._cond = Condition(Lock())
        self._value = value

    def __repr__(self):
        cls = self.__class__
        return "<%s.%s at %s: value=%s>" % (cls.__module__, cls.__qualname__,
                                            hex(id(self)), self._value)

    def acquire(self, blocking=True, timeout=None):
        if not blocking and timeout is not None:
            raise ValueError("can't specify timeout for non-blocking acquire")
        endtime = None
        with self._cond:
            while self._value == 0:
                if not blocking:
                    return False
                if timeout is not None:
                    if endtime is None:
                        endtime = _time() + timeout
                    else:
                        timeout = endtime - _time()
                        if timeout <= 0:
                            return False
                self._cond.wait(timeout)
            self._value -= 1
            return True

    __enter__ = acquire

    def release(self, n=1):
        if n < 1:
            raise ValueError('n must be one or more')
        with self._cond:
            self._value += n
            self._cond.notify(n)

    def __exit__(self, t, v, tb):
        self.release()


class BoundedSemaphore(Semaphore):
    """A semaphore whose value may never rise above its initial value."""

    def __init__(self, value=1):
        Semaphore.__init__(self, value)
        self._initial_value = value

    def __repr__(self):
        cls = self.__class__
        return "<%s.%s at %s: value=%s/%s>" % (
            cls.__module__, cls.__qualname__, hex(id(self)),
            self._value, self._initial_value)

    def release(self, n=1):
        if n < 1:
            raise ValueError('n must be one or more')
        with self._cond:
            if self._value + n > self._initial_value:
                raise ValueError("Semaphore released too many times")
            self._value += n
            self._cond.notify(n)


class Event:

    def __init__(self):
        self._cond = Condition(Lock())
        self._flag = False

    def __repr__(self):
        cls = self.__class__
        return "<%s.%s at %s: %s>" % (cls.__module__, cls.__qualname__,
                                      hex(id(self)),
                                      'set' if self._flag else 'unset')

    def is_set(self):
        return self._flag

    isSet = is_set

    def set(self):
        with self._cond:
            self._flag = True
            self._cond.notify_all()

    def clear(self):
        with self._cond:
            self._flag = False

    def wait(self, timeout=None):
        with self._cond:
            signaled = self._flag
            if not signaled:
                signaled = self._cond.wait(timeout)
            return signaled


# ---------------------------------------------------------------------------
# Barrier: `parties` threads wait until all have arrived, then all go on.
# States: filling (arrivals counted), draining (the released waiters are
# leaving; newcomers wait), resetting (reset() while waiters were inside),
# broken.  The last waiter to leave a drain or reset re-opens it for filling.

_FILLING, _DRAINING, _RESETTING, _BROKEN = 0, 1, -1, -2


class BrokenBarrierError(RuntimeError):
    pass


class Barrier:

    def __init__(self, parties, action=None, timeout=None):
        self._cond = Condition(Lock())
        self._action = action
        self._timeout = timeout
        self._parties = parties
        self._state = _FILLING
        self._count = 0         # threads inside wait()

    def __repr__(self):
        cls = self.__class__
        if self.broken:
            return "<%s.%s at %s: broken>" % (cls.__module__, cls.__qualname__,
                                              hex(id(self)))
        return "<%s.%s at %s: waiters=%d/%d>" % (
            cls.__module__, cls.__qualname__, hex(id(self)),
            self.n_waiting, self.parties)

    def wait(self, timeout=None):
        """Wait for the barrier; return this thread's arrival index (0..parties-1)."""
        if timeout is None:
            timeout = self._timeout
        with self._cond:
            # A previous round still draining or resetting: wait it out.
            while self._state in (_DRAINING, _RESETTING):
                self._cond.wait()
            if self._state < 0:
                raise BrokenBarrierError
            index = self._count
            self._count += 1
            try:
                if index + 1 == self._parties:
                    self._release_all()
                else:
                    self._wait_for_release(timeout)
                return index
            finally:
                self._count -= 1
                if self._count == 0 and self._state in (_DRAINING, _RESETTING):
                    self._state = _FILLING
                    self._cond.notify_all()

    def _release_all(self):
        # The last arrival runs the action, then lets everybody go.
        try:
            if self._action:
                self._action()
            self._state = _DRAINING
            self._cond.notify_all()
        except BaseException:
            self._break()
            raise

    def _wait_for_release(self, timeout):
        if not self._cond.wait_for(lambda: self._state != _FILLING, timeout):
            self._break()
            raise BrokenBarrierError
        if self._state < 0:
            raise BrokenBarrierError

    def reset(self):
        with self._cond:
            if self._count > 0:
                if self._state in (_FILLING, _BROKEN):
                    self._state = _RESETTING
            else:
                self._state = _FILLING
            self._cond.notify_all()

    def abort(self):
        with self._cond:
            self._break()

    def _break(self):
        self._state = _BROKEN
        self._cond.notify_all()

    @property
    def parties(self):
        return self._parties

    @property
    def n_waiting(self):
        if self._state == _FILLING:
            return self._count
        return 0

    @property
    def broken(self):
        return self._state == _BROKEN


# ---------------------------------------------------------------------------
# The thread registry.  _active maps ident -> Thread for running threads;
# _limbo holds threads between start() and their bootstrap registering them.
# Both are guarded by _active_limbo_lock.

_active_limbo_lock = _allocate_lock()
_active = {}
_limbo = {}

# Done locks of started non-daemon threads, for _shutdown() to wait on.
_shutdown_locks_lock = _allocate_lock()
_shutdown_locks = []

_name_lock = _allocate_lock()
_name_counter = 0


def _newname(template):
    """Next 'Thread-N' style name; one counter for all templates, as in CPython."""
    global _name_counter
    with _name_lock:
        _name_counter += 1
        n = _name_counter
    return template % n


def _prune_shutdown_locks():
    # A free done lock belongs to a finished thread (joiners only hold one for
    # an instant).  Caller holds _shutdown_locks_lock.
    _shutdown_locks[:] = [lock for lock in _shutdown_locks if lock.locked()]


def _forget_shutdown_lock(lock):
    with _shutdown_locks_lock:
        _prune_shutdown_locks()
        _shutdown_locks[:] = [l for l in _shutdown_locks if l is not lock]


class Thread:
    """A thread of control: pass a target, or subclass and override run()."""

    # Lets start(), join() etc. notice a subclass that skipped Thread.__init__.
    _initialized = False

    def __init__(self, group=None, target=None, name=None, args=(),
                 kwargs=None, *, daemon=None):
        assert group is None, "group argument must be None for now"
        if kwargs is None:
            kwargs = {}
        if name:
            name = str(name)
        else:
            name = _newname("Thread-%d")
            if target is not None:
                try:
                    name += " (%s)" % target.__name__
                except AttributeError:
                    pass
        self._target = target
        self._name = name
        self._args = args
        self._kwargs = kwargs
        if daemon is not None:
            self._daemonic = daemon
        else:
            self._daemonic = current_thread().daemon
        self._ident = None
        self._native_id = None
        self._done_lock = None      # held while the thread runs; see the notes
        self._started = Event()
        self._is_stopped = False
        self._local_dicts = {}      # this thread's threading.local storage
        self._initialized = True

    def __repr__(self):
        assert self._initialized, "Thread.__init__() was not called"
        status = "initial"
        if self._started.is_set():
            status = "started"
        self.is_alive()     # notices a thread that has ended
        if self._is_stopped:
            status = "stopped"
        if self._daemonic:
            status += " daemon"
        if self._ident is not None:
            status += " %s" % self._ident
        return "<%s(%s, %s)>" % (self.__class__.__name__, self._name, status)

    def start(self):
        if not self._initialized:
            raise RuntimeError("thread.__init__() not called")
        if self._started.is_set() or self._done_lock is not None:
            raise RuntimeError("threads can only be started once")
        lock = _allocate_lock()
        lock.acquire()
        self._done_lock = lock
        if not self._daemonic:
            with _shutdown_locks_lock:
                _prune_shutdown_locks()
                _shutdown_locks.append(lock)
        with _active_limbo_lock:
            _limbo[self] = self
        try:
            _start_new_thread(self._bootstrap, ())
        except BaseException:
            with _active_limbo_lock:
                del _limbo[self]
            lock.release()
            if not self._daemonic:
                _forget_shutdown_lock(lock)
            raise
        # Once start() returns the thread has an ident and is in enumerate().
        self._started.wait()

    def run(self):
        try:
            if self._target is not None:
                self._target(*self._args, **self._kwargs)
        finally:
            # Drop references the thread no longer needs (cycles, big args).
            del self._target, self._args, self._kwargs

    def _bootstrap(self):
        # Runs in the new thread.  Nothing may escape from here, and releasing
        # the done lock must be the last thing the thread does.
        try:
            try:
                self._ident = get_ident()
                self._native_id = get_native_id()
                with _active_limbo_lock:
                    _active[self._ident] = self
                    del _limbo[self]
            finally:
                self._started.set()     # start() waits for this, even on failure
            try:
                self.run()
            except BaseException as exc:
                self._invoke_excepthook(exc)
        finally:
            # The release comes last, and in a finally of its own: if the bookkeeping above
            # fails (under pygil -X gil=0 a corrupted heap can make it raise), join() must
            # still return rather than wait forever.
            try:
                with _active_limbo_lock:
                    _active.pop(self._ident, None)
                    _limbo.pop(self, None)
                self._local_dicts = {}
            finally:
                self._done_lock.release()

    def _invoke_excepthook(self, exc):
        exc_info = _exc_info(exc)
        try:
            hook = excepthook
            if hook is None:
                hook = __excepthook__
            hook(ExceptHookArgs(exc_info + (self,)))
        except Exception as hook_exc:
            # The hook itself failed: report that failure the plain way,
            # without the thread's exception as its context.
            try:
                hook_exc.__suppress_context__ = True
            except AttributeError:
                pass
            _sys.stderr.write("Exception in threading.excepthook:\n")
            _print_exception(*_exc_info(hook_exc))

    def _wait_for_done(self, blocking, timeout):
        lock = self._done_lock
        if lock is None:        # already known to be stopped
            return
        if lock.acquire(blocking, timeout):
            lock.release()
            self._stop()

    def _stop(self):
        # The thread has ended (its done lock was seen free).
        lock = self._done_lock
        self._is_stopped = True
        self._done_lock = None
        if lock is not None and not self._daemonic:
            _forget_shutdown_lock(lock)

    def join(self, timeout=None):
        if not self._initialized:
            raise RuntimeError("Thread.__init__() not called")
        if not self._started.is_set():
            raise RuntimeError("cannot join thread before it is started")
        if self is current_thread():
            raise RuntimeError("cannot join current thread")
        if timeout is None:
            self._wait_for_done(True, -1)
        else:
            self._wait_for_done(True, max(timeout, 0))

    def is_alive(self):
        assert self._initialized, "Thread.__init__() not called"
        if self._is_stopped or not self._started.is_set():
            return False
        self._wait_for_done(False, -1)
        return not self._is_stopped

    @property
    def name(self):
        assert self._initialized, "Thread.__init__() not called"
        return self._name

    @name.setter
    def name(self, name):
        assert self._initialized, "Thread.__init__() not called"
        self._name = str(name)

    @property
    def ident(self):
        assert self._initialized, "Thread.__init__() not called"
        return self._ident

    @property
    def native_id(self):
        assert self._initialized, "Thread.__init__() not called"
        return self._native_id

    @property
    def daemon(self):
        assert self._initialized, "Thread.__init__() not called"
        return self._daemonic

    @daemon.setter
    def daemon(self, daemonic):
        if not self._initialized:
            raise RuntimeError("Thread.__init__() not called")
        if self._started.is_set():
            raise RuntimeError("cannot set daemon status of active thread")
        self._daemonic = daemonic

    # The old camelCase API (deprecated in CPython, kept for old programs).
    def isDaemon(self):
        return self.daemon

    def setDaemon(self, daemonic):
        self.daemon = daemonic

    def getName(self):
        return self.name

    def setName(self, name):
        self.name = name


class _MainThread(Thread):
    """The thread that imported threading (the interpreter's main thread)."""

    def __init__(self):
        Thread.__init__(self, name="MainThread", daemon=False)
        self._done_lock = _allocate_lock()
        self._done_lock.acquire()       # released by _shutdown()
        self._ident = get_ident()
        self._native_id = get_native_id()
        self._started.set()
        with _active_limbo_lock:
            _active[self._ident] = self


class _DummyThread(Thread):
    """Stands for a thread started with _thread directly: always alive,
    daemonic, never joinable, and never leaves _active.
    """

    def __init__(self):
        Thread.__init__(self, name=_newname("Dummy-%d"), daemon=True)
        self._ident = get_ident()
        self._native_id = get_native_id()
        self._started.set()
        with _active_limbo_lock:
            _active[self._ident] = self

    def _stop(self):
        pass

    def is_alive(self):
        assert not self._is_stopped and self._started.is_set()
        return True

    def join(self, timeout=None):
        assert False, "cannot join a dummy thread"


class Timer(Thread):
    """Call a function after `interval` seconds unless cancel() comes first."""

    def __init__(self, interval, function, args=None, kwargs=None):
        Thread.__init__(self)
        self.interval = interval
        self.function = function
        self.args = args if args is not None else []
        self.kwargs = kwargs if kwargs is not None else {}
        self.finished = Event()

    def cancel(self):
        self.finished.set()

    def run(self):
        self.finished.wait(self.interval)
        if not self.finished.is_set():
            self.function(*self.args, **self.kwargs)
        self.finished.set()


# ---------------------------------------------------------------------------
# Module-level queries.

def current_thread():
    try:
        return _active[get_ident()]
    except KeyError:
        return _DummyThread()


def main_thread():
    return _main_thread


def active_count():
    with _active_limbo_lock:
        return len(_active) + len(_limbo)


def enumerate():
    with _active_limbo_lock:
        return list(_active.values()) + list(_limbo.values())


currentThread = current_thread
activeCount = active_count


# ---------------------------------------------------------------------------
# Reporting an exception that escaped a thread's run().

class ExceptHookArgs:
    """What threading.excepthook receives: exc_type, exc_value,
    exc_traceback and thread, also readable as a 4-tuple (CPython's is a
    struct sequence)."""

    def __init__(self, args):
        self._fields = tuple(args)
        self.exc_type, self.exc_value, self.exc_traceback, self.thread = self._fields

    def __getitem__(self, index):
        return self._fields[index]

    def __len__(self):
        return 4

    def __iter__(self):
        return iter(self._fields)

    def __repr__(self):
        return ("ExceptHookArgs(exc_type=%r, exc_value=%r, exc_traceback=%r, "
                "thread=%r)" % self._fields)


def _exc_info(exc):
    """(type, value, traceback) of exc, which is being handled: what
    sys.exc_info() returns where the interpreter has it."""
    exc_info = getattr(_sys, 'exc_info', None)
    if exc_info is not None:
        info = exc_info()
        if info[1] is exc:
            return tuple(info)
    return (type(exc), exc, getattr(exc, '__traceback__', None))


def _print_exception(exc_type, exc_value, exc_tb):
    # sys.__excepthook__ prints the traceback the way an uncaught exception in
    # the main thread does (CPython uses the traceback module here).
    hook = getattr(_sys, '__excepthook__', None) or getattr(_sys, 'excepthook', None)
    if hook is not None:
        hook(exc_type, exc_value, exc_tb)
        return
    text = str(exc_value)
    name = exc_type.__name__
    _sys.stderr.write("%s: %s\n" % (name, text) if text else name + "\n")


def excepthook(args):
    """Print "Exception in thread NAME:" and the traceback on stderr;
    SystemExit is ignored silently."""
    if args.exc_type == SystemExit:
        return
    stderr = _sys.stderr
    if stderr is None:
        return
    if args.thread is not None:
        name = args.thread.name
    else:
        name = get_ident()
    print("Exception in thread %s:" % name, file=stderr, flush=True)
    _print_exception(args.exc_type, args.exc_value, args.exc_traceback)
    flush = getattr(stderr, 'flush', None)
    if flush is not None:
        flush()


__excepthook__ = excepthook


# ---------------------------------------------------------------------------
# threading.local: attributes seen only by the thread that set them.  Each
# Thread keeps a dict {local's key: attribute dict}; it is emptied when the
# thread ends, so a later thread reusing the ident starts afresh.  The
# instance's own __dict__ holds only the '_local__impl' record.
#
# pygil has no __new__, no object.__getattribute__, and calls neither
# __getattribute__ nor __delattr__ overrides yet.  There, per-thread
# attributes are read through __getattr__ (so a class attribute of the same
# name wins), `del` and `__dict__` do not see them, and other threads re-run
# a subclass's __init__ without arguments.  CPython takes the full path.

try:
    _object_getattribute = object.__getattribute__
except AttributeError:
    # Without overrides being honoured, getattr is the ordinary lookup.
    _object_getattribute = getattr


class _LocalImpl:
    def __init__(self, args, kw):
        self.key = _newlocalkey()
        self.args = args        # what a new thread's __init__ call receives
        self.kw = kw


_local_key_lock = _allocate_lock()
_local_key_counter = 0


def _newlocalkey():
    global _local_key_counter
    with _local_key_lock:
        _local_key_counter += 1
        return _local_key_counter


def _local_dict(self):
    """The calling thread's attribute dict for local object self, created
    (running a subclass's __init__ again, as CPython does) on first use."""
    try:
        impl = _object_getattribute(self, '_local__impl')
    except AttributeError:
        # No __new__ ran (pygil): we are inside the first __init__, in the
        # creating thread, which must not run __init__ a second time.
        impl = _LocalImpl((), {})
        object.__setattr__(self, '_local__impl', impl)
        d = {}
        current_thread()._local_dicts[impl.key] = d
        return d
    dicts = current_thread()._local_dicts
    d = dicts.get(impl.key)
    if d is None:
        d = {}
        dicts[impl.key] = d     # before __init__, whose assignments land in d
        init = type(self).__init__
        if init is not local.__init__:
            init(self, *impl.args, **impl.kw)
    return d


def _is_data_descriptor(cls, name):
    # A property (or other data descriptor) on the class wins over the
    # instance's attributes, as for any object.
    try:
        attr = getattr(cls, name)
    except AttributeError:
        return False
    return isinstance(attr, property) or hasattr(type(attr), '__set__')


def _no_attribute(self, name):
    return AttributeError("'%s' object has no attribute '%s'"
                          % (type(self).__name__, name))


class local:
    """Thread-local data: each thread sees its own set of attributes."""

    def __new__(cls, *args, **kw):
        if (args or kw) and cls.__init__ is local.__init__:
            raise TypeError("Initialization arguments are not supported")
        self = object.__new__(cls)
        impl = _LocalImpl(args, kw)
        object.__setattr__(self, '_local__impl', impl)
        current_thread()._local_dicts[impl.key] = {}
        return self

    def __init__(self, *args, **kw):
        if args or kw:
            raise TypeError("Initialization arguments are not supported")

    def __getattribute__(self, name):
        d = _local_dict(self)
        if name == '__dict__':
            return d
        if name in d and not _is_data_descriptor(type(self), name):
            return d[name]
        return object.__getattribute__(self, name)

    def __getattr__(self, name):
        # Reached when ordinary lookup fails: under CPython only for a
        # missing name, under pygil for every per-thread attribute.
        if name == '_local__impl':
            raise _no_attribute(self, name)     # _local_dict will create it
        d = _local_dict(self)
        try:
            return d[name]
        except KeyError:
            raise _no_attribute(self, name) from None

    def __setattr__(self, name, value):
        if name == '__dict__':
            raise AttributeError("'%s' object attribute '__dict__' is read-only"
                                 % type(self).__name__)
        d = _local_dict(self)
        if _is_data_descriptor(type(self), name):
            object.__setattr__(self, name, value)
        else:
            d[name] = value

    def __delattr__(self, name):
        if name == '__dict__':
            raise AttributeError("'%s' object attribute '__dict__' is read-only"
                                 % type(self).__name__)
        d = _local_dict(self)
        if _is_data_descriptor(type(self), name):
            object.__delattr__(self, name)
        elif name in d:
            del d[name]
        else:
            raise _no_attribute(self, name)


# ---------------------------------------------------------------------------
# Interpreter shutdown.

_threading_atexits = []
_SHUTTING_DOWN = False


def _register_atexit(func, *arg, **kwargs):
    """Run func(*arg, **kwargs) at shutdown, before non-daemon threads are
    joined (for concurrent.futures-like modules)."""
    if _SHUTTING_DOWN:
        raise RuntimeError("can't register atexit after shutdown")
    _threading_atexits.append(lambda: func(*arg, **kwargs))


def _shutdown():
    """Called by the interpreter in the main thread when the main module has
    finished: wait until every non-daemon thread has ended."""
    global _SHUTTING_DOWN
    if _main_thread._is_stopped:
        return
    _SHUTTING_DOWN = True
    # The main thread is over: join() on it may return now.
    lock = _main_thread._done_lock
    lock.release()
    _main_thread._stop()
    for func in reversed(_threading_atexits):
        func()
    # A thread we wait for may start others, so loop until none is left.
    while True:
        with _shutdown_locks_lock:
            locks = list(_shutdown_locks)
            del _shutdown_locks[:]
        if not locks:
            break
        for lock in locks:
            lock.acquire()
            lock.release()


_main_thread = _MainThread()
