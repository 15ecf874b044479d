# sys.exit with a string prints it on stderr and exits with status 1.
import sys


def main():
    print("checking input")
    sys.exit("fatal: input file missing")


main()
print("not reached")
