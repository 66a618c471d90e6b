"""The outlet that published an article, from its URL's host (`data/read/outlets.toml`)."""

from __future__ import annotations

from urllib.parse import urlsplit

from ..resources import load_toml


def outlet_for_url(url: str | None) -> str | None:
    """The outlet's name for a known host ("The Moscow Times"), else the bare host, else None."""
    if not url:
        return None
    try:
        host = (urlsplit(url).hostname or "").lower().removeprefix("www.")
    except ValueError:  # "http://[::1/x": an unclosed IPv6 bracket, or another URL that does not parse
        return None
    if not host:
        return None
    names: dict[str, str] = load_toml("read/outlets.toml").get("outlets", {})
    parts = host.split(".")
    for i in range(len(parts) - 1):  # news.bbc.co.uk -> bbc.co.uk
        if ".".join(parts[i:]) in names:
            return names[".".join(parts[i:])]
    return host
