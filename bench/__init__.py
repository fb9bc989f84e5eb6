"""Benchmarks (never run as tests); results and commands are in docs/benchmarks.md."""
