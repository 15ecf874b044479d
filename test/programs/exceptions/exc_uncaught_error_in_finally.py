# An exception raised in a finally block while another is propagating replaces it; the
# original becomes its __context__. Caught once to show the link, then left uncaught so the
# traceback prints both with "During handling of the above exception, another exception occurred".
def cleanup(resources):
    for r in resources:
        if r == "socket":
            raise PermissionError(f"cannot close {r}")
        print("closed", r)


def work(resources):
    try:
        print("working with", resources)
        raise TimeoutError("work took too long")
    finally:
        cleanup(resources)


try:
    work(["file"])
except TimeoutError as err:
    print("TimeoutError:", err, "| context:", err.__context__)
try:
    work(["file", "socket"])
except PermissionError as err:
    print("PermissionError:", err, "| context:", type(err.__context__).__name__, err.__context__)
    print(isinstance(err, OSError), issubclass(TimeoutError, OSError))
work(["lock", "socket", "pipe"])
