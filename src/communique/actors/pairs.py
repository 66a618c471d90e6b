"""The two parties a "the two countries" or "both sides" stands for (data/actors/rules.toml
`pair_heads`): the two last parties of different countries named before it. Each becomes a
mention of the phrase, so the phrase names both, as a coordination does ("Lavrov and Rubio")."""

from __future__ import annotations

from dataclasses import replace
from functools import cache

from spacy.tokens import Doc, Token

from ..resources import load_toml
from .kb import COUNTRY, NON_STATE_CODES
from .mentions import ActorMention, rules


@cache
def pair_reach() -> int:
    return int(load_toml("actors/rules.toml").get("pair_reach", 0))


def is_pair_phrase(token: Token) -> bool:
    """A plural `pair_heads` noun counted as two: "the two countries", "both sides"."""
    if token.pos_ != "NOUN" or token.tag_ != "NNS" or token.lemma_.lower() not in rules().pair_heads:
        return False
    marks = {c.lower_ for c in token.children if c.dep_ in ("det", "predet", "nummod", "preconj")}
    return bool(marks & rules().pair_determiners)


def pair_mentions(doc: Doc, mentions: list[ActorMention], sentence_of: list[int]) -> list[ActorMention]:
    """Two mentions for each pair phrase whose two parties are clear: the last two countries (or
    international bodies) named before it, in its sentence or the `pair_reach` sentences before,
    when no third country is named there."""
    covered = {m.head_token for m in mentions}
    named = sorted((m for m in mentions if m.code), key=lambda m: m.head_token)
    found: list[ActorMention] = []
    for token in doc:
        if token.i in covered or not is_pair_phrase(token):
            continue
        sentence = sentence_of[token.i]
        before = [m for m in named if m.head_token < token.left_edge.i and sentence - pair_reach() <= m.sentence]
        parties: dict[str, ActorMention] = {}  # country -> its last mention
        for m in before:
            if m.code in NON_STATE_CODES and m.code != m.cameo:
                continue  # an NGO or a company named in passing is no side
            parties.pop(str(m.code), None)
            parties[str(m.code)] = m
        if len(parties) != 2:
            continue
        start, end = token.left_edge, token
        countries = token.lemma_.lower() in rules().pair_country_heads
        for party in parties.values():
            mention = replace(party, start=start.idx, end=end.idx + len(end.text),
                              text=doc.text[start.idx:end.idx + len(end.text)], sentence=sentence,
                              head_token=token.i, definite=False)
            if countries and party.code not in NON_STATE_CODES:
                mention.sector, mention.cameo, mention.name, mention.role = None, party.code, None, None
                mention.kind = COUNTRY
            found.append(mention)
    return found
