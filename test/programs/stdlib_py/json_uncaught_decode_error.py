# json: a config file with a missing comma is parsed after a good one; the uncaught JSONDecodeError ends the program.
import json

good = '{"host": "localhost", "port": 8080, "debug": false}'
config = json.loads(good)
print("loaded", sorted(config.items()))

broken = '{\n  "host": "example.org",\n  "port": 443\n  "debug": true\n}'
print("loading the second config...")
config = json.loads(broken)
print("never printed", config)
