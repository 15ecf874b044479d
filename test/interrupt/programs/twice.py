# Ctrl-C inside the except clause of an earlier Ctrl-C: the second is a new exception, chained
# to the first ("During handling ..."), and caught by the outer handler.
try:
    try:
        print("stage 1: first", flush=True)
        while True:
            pass
    except KeyboardInterrupt:
        print("stage 2: second, inside the handler", flush=True)
        while True:
            pass
except KeyboardInterrupt as e:
    print("outer caught; context is a KeyboardInterrupt:", isinstance(e.__context__, KeyboardInterrupt))
