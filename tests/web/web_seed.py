"""What the web tests' store holds: the examples and a hostile article (written for these tests)."""

from __future__ import annotations

from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
EXAMPLES = ROOT / "examples"
EMBASSY_ID = "url-199dce25cb3df721"
HOSTILE_ID = "hostile-markup"
# Markup an attacker could put in a page we read: it must come back as text, never as markup.
SCRIPT = "<script>window.__pwned = 1</script>"
IMAGE = '"><img src=x onerror="window.__pwned = 2">'
HOSTILE = {
    "id": HOSTILE_ID, "published": "2025-04-09", "outlet": "Test <b>Wire</b>", "url": "javascript:window.__pwned=3",
    "title": f"Talks {SCRIPT} resume",
    "text": (f"France criticized Germany on Monday in Paris. {SCRIPT} The French minister said {IMAGE} "
             "that the talks would resume."),
}
# A second report of the embassy article's Feb. 27 meeting (written for these tests after its
# sentence), which the store links to the same incident.
SECOND_ID = "second-report"
SECOND = {
    "id": SECOND_ID, "published": "2025-04-09", "outlet": "Second Wire", "title": "Embassy talks",
    "text": ("Russian Ambassador Alexander Darchiyev and U.S. Deputy Assistant Secretary of State Sonata Coulter "
             "met in Istanbul on Feb. 27 to discuss the work of their embassies."),
}
