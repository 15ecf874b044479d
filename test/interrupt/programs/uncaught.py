# An uncaught KeyboardInterrupt: finally blocks run, the traceback is printed, and the process
# ends by SIGINT itself (a shell's status 130).
def work():
    try:
        print("stage 1: working", flush=True)
        while True:
            pass
    finally:
        print("cleaning up")


work()
print("not reached")
