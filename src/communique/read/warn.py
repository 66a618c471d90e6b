"""Warnings about an input that is read anyway: one line each on standard error.

A warning goes through the `communique.read` logger, so a program using the library may
collect or silence them; with no logging set up, Python prints each line as it is. The line
names the source (path, and line for JSONL), what was done, and a W-code from errors.py.
"""

from __future__ import annotations

import logging

LOG = logging.getLogger("communique.read")


def warn(source: str, message: str, code: str) -> None:
    LOG.warning("communique: %s: %s [%s]", source, message, code)
