# binding.gyp - the one native piece of pygil: signals.c (Ctrl-C raises KeyboardInterrupt).
# Built by scripts/build_native.js during `npm run build` (npm ci runs it through `prepare`).
{
  "targets": [
    {
      "target_name": "pygil_signals",
      "sources": ["signals.c"],
      "cflags": ["-O2", "-Wall", "-Wextra"]
    }
  ]
}
