# A to-do list manager reading commands from standard input until EOF: tasks in a dict keyed
# by id, priorities and due days, listings sorted several ways, tags, undo of the last change,
# and friendly messages for bad commands.
tasks = {}
history = []
next_id = 1
PRIORITY = {"high": 0, "med": 1, "low": 2}


def add(args):
    global next_id
    if len(args) < 3:
        raise ValueError("usage: add PRIORITY DUE TITLE...")
    priority, due, *title = args
    if priority not in PRIORITY:
        raise ValueError(f"priority must be one of {', '.join(PRIORITY)}")
    tags = sorted({w[1:] for w in title if w.startswith("#")})
    words = [w for w in title if not w.startswith("#")]
    tasks[next_id] = {"title": " ".join(words), "priority": priority, "due": int(due),
                      "done": False, "tags": tags}
    history.append(("add", next_id, None))
    next_id += 1
    return f"added #{next_id - 1}"


def task_for(arg):
    tid = int(arg.lstrip("#"))
    if tid not in tasks:
        raise KeyError(tid)
    return tid


def done(args):
    tid = task_for(args[0])
    history.append(("done", tid, tasks[tid]["done"]))
    tasks[tid]["done"] = True
    return f"completed #{tid}: {tasks[tid]['title']}"


def remove(args):
    tid = task_for(args[0])
    history.append(("remove", tid, tasks.pop(tid)))
    return f"removed #{tid}"


def undo(args):
    if not history:
        return "nothing to undo"
    action, tid, saved = history.pop()
    if action == "add":
        del tasks[tid]
    elif action == "done":
        tasks[tid]["done"] = saved
    else:
        tasks[tid] = saved
    return f"undid {action} of #{tid}"


def listing(args):
    order = args[0] if args else "priority"
    keys = {
        "priority": lambda t: (PRIORITY[t[1]["priority"]], t[1]["due"], t[0]),
        "due": lambda t: (t[1]["due"], t[0]),
        "title": lambda t: t[1]["title"].lower(),
    }
    if order not in keys:
        raise ValueError(f"cannot sort by {order!r}")
    rows = sorted(tasks.items(), key=keys[order])
    if len(args) > 1:
        rows = [r for r in rows if args[1].lstrip("#") in r[1]["tags"]]
    lines = [f"  #{tid:<3}[{'x' if t['done'] else ' '}] {t['priority']:<5}day {t['due']:>2}  {t['title']}"
             + (f"  ({', '.join(t['tags'])})" if t["tags"] else "") for tid, t in rows]
    return "\n".join(lines) if lines else "  (no tasks)"


def stats(args):
    open_tasks = [t for t in tasks.values() if not t["done"]]
    by_priority = {p: sum(1 for t in open_tasks if t["priority"] == p) for p in PRIORITY}
    soonest = min(open_tasks, key=lambda t: t["due"], default=None)
    return f"{len(tasks)} tasks, {len(open_tasks)} open {by_priority}, next due: " + (soonest["title"] if soonest else "-")


COMMANDS = {"add": add, "done": done, "rm": remove, "undo": undo, "list": listing, "stats": stats}
count = 0
while True:
    try:
        line = input().strip()
    except EOFError:
        break
    if not line or line.startswith(";"):
        continue
    count += 1
    command, *args = line.split()
    print(f"> {line}")
    try:
        print(COMMANDS[command](args))
    except KeyError as err:
        print(f"  unknown command {command!r}" if command not in COMMANDS else f"  no task {err}")
    except (ValueError, IndexError) as err:
        print(f"  error: {type(err).__name__}: {err}")
print(f"{count} commands processed")
