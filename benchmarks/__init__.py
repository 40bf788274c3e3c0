"""Performance benchmarks: a synthetic big store and the figures measured on it."""
