# os and os.path around files: a scratch directory, listing, renaming, removing.
import os
import os.path

root = "scratch_%d" % os.getpid()
os.mkdir(root)
for i, word in enumerate(["pear", "apple", "fig"]):
    with open(os.path.join(root, word + ".txt"), "w") as f:
        f.write(word * (i + 1))
print(sorted(os.listdir(root)))
for entry in sorted(os.listdir(root)):
    full = os.path.join(root, entry)
    stem, ext = os.path.splitext(entry)
    print(stem, ext, os.path.getsize(full), os.path.isfile(full), os.path.basename(full) == entry)
os.rename(os.path.join(root, "fig.txt"), os.path.join(root, "fig.bak"))
print(sorted(os.listdir(root)))
print(os.path.exists(os.path.join(root, "fig.txt")), os.path.dirname(os.path.join(root, "x.txt")) == root)
for bad in [lambda: os.remove(os.path.join(root, "nope.txt")), lambda: os.rmdir(root), lambda: os.listdir(root + "_none")]:
    try:
        bad()
    except OSError as e:
        print(type(e).__name__, e.errno, e.strerror)
for entry in os.listdir(root):
    os.remove(os.path.join(root, entry))
os.rmdir(root)
print(os.path.exists(root), os.path.isdir(root))
print(os.path.join("a", "b", "c"), os.path.join("/x", "y/"), os.path.join("a", "/abs"), os.path.splitext("archive.tar.gz"))
print(os.path.basename("dir/sub/"), os.path.dirname("/top"), os.path.splitext(".hidden"), os.sep)
print(isinstance(os.getcwd(), str), isinstance(os.getpid(), int))
