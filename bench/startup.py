# Benchmark: startup. Deliberately empty; bench/run.js times `-c pass` for this entry.
