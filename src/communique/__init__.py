"""Communiqué: political event data from news articles.

In a notebook (api.py):

    import communique

    coded = communique.code("Russian and U.S. diplomats met in Istanbul on Thursday.", published="2025-04-11")
    with communique.open_store("communique.duckdb") as store:
        events = store.events(actor="RUS")   # a pandas DataFrame if pandas is installed, else rows

In a program, the parts themselves:

    from communique.read import read_articles
    from communique.pipeline import code_articles

    for coded in code_articles(read_articles(["examples/"])):
        print(coded.to_dict())
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

__version__ = "0.1.0"

if TYPE_CHECKING:
    from .api import code, open_store

__all__ = ["__version__", "code", "open_store"]


def __getattr__(name: str) -> Any:
    # Imported on first use: `import communique.cli` must not load the store and the pipeline
    # just because the package's __init__ runs.
    if name in ("code", "open_store"):
        from . import api

        return getattr(api, name)
    raise AttributeError(f"module 'communique' has no attribute {name!r}")
