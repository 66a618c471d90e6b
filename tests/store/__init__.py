"""The store tests: a package, so that its conftest.py (the two backends) is not taken for tests/conftest.py."""
