# Another submodule, imported by the package itself.
ALL = ["square", "triangle"]
