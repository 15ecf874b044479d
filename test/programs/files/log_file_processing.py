# Parse a log file line by line: levels, durations, the slowest requests; write a summary.
import os

PID = os.getpid()
LOG = "server_%d.log" % PID
SUMMARY = "summary_%d.txt" % PID
entries = [
    ("10:00:01", "INFO", "GET /index 12ms"), ("10:00:02", "WARN", "GET /slow 950ms"),
    ("10:00:02", "INFO", "POST /login 48ms"), ("10:00:05", "ERROR", "GET /crash 3ms"),
    ("10:00:07", "INFO", "GET /index 9ms"), ("10:00:09", "WARN", "GET /report 1204ms"),
    ("10:00:10", "INFO", "GET /about 15ms"),
]
with open(LOG, "w") as log:
    for stamp, level, msg in entries:
        log.write(f"[{stamp}] {level:<5} {msg}\n")
    log.write("\n# end of log\n")

levels = {}
durations = []
with open(LOG) as log:
    for lineno, line in enumerate(log, 1):
        line = line.strip()
        if not line or line.startswith("#"):
            continue
        stamp, level, method, path, took = line.split()
        levels[level] = levels.get(level, 0) + 1
        durations.append((int(took[:-2]), path, lineno))

print(levels)
durations.sort(reverse=True)
for ms, path, lineno in durations[:3]:
    print(f"{path:<8} {ms:>5} ms (line {lineno})")
average = sum(d for d, _, _ in durations) / len(durations)
print(f"average {average:.1f} ms over {len(durations)} requests")

with open(SUMMARY, "w") as out:
    print("levels:", ", ".join(f"{k}={v}" for k, v in sorted(levels.items())), file=out)
    print("slowest:", durations[0][1], file=out)
with open(SUMMARY) as f:
    print(f.read().splitlines())
with open(LOG) as f:
    errors = [l for l in f if "ERROR" in l]
print(errors)
os.remove(LOG)
os.remove(SUMMARY)
