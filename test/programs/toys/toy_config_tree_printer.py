# A hobbyist's config viewer: prints nested dicts/lists as a tree with branch characters,
# looks values up by dotted paths like "servers[1].ports[0]", and reports bad paths.
config = {
    "name": "home-lab",
    "debug": False,
    "servers": [
        {"host": "alpha", "ports": [22, 80], "tags": []},
        {"host": "beta", "ports": [443], "tags": ["web", "tls"]},
    ],
    "limits": {"cpu": 0.75, "memory": {"soft": 512, "hard": 1024}, "note": None},
    "empty": {},
}


def scalar(value):
    if value is None:
        return "null"
    if isinstance(value, bool):
        return "yes" if value else "no"
    if isinstance(value, str):
        return '"' + value.replace('"', '\\"') + '"'
    return str(value)


def tree(value, prefix="", label="(root)", last=True, top=True):
    lines = []
    connector = "" if top else ("└── " if last else "├── ")
    if isinstance(value, dict):
        children = list(value.items())
        summary = "{}" if not children else ""
    elif isinstance(value, list):
        children = [(f"[{i}]", v) for i, v in enumerate(value)]
        summary = "[]" if not children else ""
    else:
        lines.append(f"{prefix}{connector}{label}: {scalar(value)}")
        return lines
    lines.append(f"{prefix}{connector}{label}" + (": " + summary if summary else ""))
    child_prefix = prefix if top else prefix + ("    " if last else "│   ")
    for i, (key, child) in enumerate(children):
        lines.extend(tree(child, child_prefix, str(key), i == len(children) - 1, False))
    return lines


def split_path(path):
    parts = []
    for piece in path.split("."):
        name, _, rest = piece.partition("[")
        if name:
            parts.append(name)
        while rest:
            index, _, rest = rest.partition("]")
            parts.append(int(index))
            rest = rest.lstrip("[")
    return parts


def lookup(data, path):
    current = data
    walked = []
    for part in split_path(path):
        try:
            current = current[part]
        except (KeyError, IndexError, TypeError) as err:
            where = ".".join(str(w) for w in walked) or "(root)"
            raise LookupError(f"{path}: cannot take {part!r} from {where} ({type(err).__name__})") from None
        walked.append(part)
    return current


print("\n".join(tree(config)))
print()
for path in ["name", "servers[1].ports[0]", "limits.memory.hard", "servers[0].tags",
             "servers[2].host", "limits.cpu.value", "missing", "servers[1].tags[1]", "limits.x[0"]:
    try:
        print(f"{path} = {scalar(lookup(config, path))}")
    except LookupError as err:
        print("error:", err)
    except ValueError as err:
        print("bad path:", err)
