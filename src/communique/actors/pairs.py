"""The two parties a "the two countries" or "both sides" stands for (data/actors/rules.toml
`pair_heads`): the two last parties of different countries named before it. Each becomes a
mention of the phrase, so the phrase names both, as a coordination does ("Lavrov and Rubio")."""

from __future__ import annotations

from bisect import bisect_left
from dataclasses import replace
from functools import cache
from itertools import accumulate

from spacy.parts_of_speech import NOUN
from spacy.tokens import Doc, Token

from ..docfacts import token_table
from ..resources import load_toml
from .kb import COUNTRY, NON_STATE_CODES
from .mentions import ActorMention, rules


@cache
def pair_reach() -> int:
    return int(load_toml("actors/rules.toml").get("pair_reach", 0))


def is_pair_phrase(token: Token) -> bool:
    """A plural `pair_heads` noun counted as two: "the two countries", "both sides" (rules.toml)."""
    if token.pos_ != "NOUN" or token.tag_ != "NNS" or token.lemma_.lower() not in rules().pair_heads:
        return False
    words = rules()
    marks = {c.lower_ for c in token.children if c.dep_ in ("det", "predet", "nummod", "preconj", "poss")}
    if any(c.dep_ == "amod" and c.lower_ in words.pair_excluded_modifiers for c in token.children):
        return False  # "the two other countries"
    if marks & words.pair_determiners:  # "both sides"
        return True
    # "the two countries", not "two countries have since criticized ...": others
    return bool(marks & words.pair_numbers) and bool(marks & words.pair_definite_determiners)


def pair_mentions(doc: Doc, mentions: list[ActorMention], sentence_of: list[int]) -> list[ActorMention]:
    """Two mentions for each pair phrase whose two parties are clear: the last two countries (or
    international bodies) named before it, in its sentence or the `pair_reach` sentences before,
    when no third country is named there.

    Linear in the article: only nouns whose lemma is a pair head are made into Tokens (read from
    the Doc's token columns), the mentions before a phrase are read back from it only as far as
    one may lie in its sentences, and `doc.text` (which spaCy joins from every token) is made
    once, when a phrase has parties: each of these was once paid per token or per phrase."""
    covered = {m.head_token for m in mentions}
    named = sorted((m for m in mentions if m.code), key=lambda m: m.head_token)
    heads = [m.head_token for m in named]
    # the highest sentence among named[0..k]: reading back from a phrase stops where it is too early
    reach_back = list(accumulate((m.sentence for m in named), max))
    found: list[ActorMention] = []
    text: str | None = None
    for i in pair_head_nouns(doc):
        if i in covered or not is_pair_phrase(token := doc[i]):
            continue
        sentence = sentence_of[token.i]
        before = named_before(named, heads, reach_back, token.left_edge.i, sentence - pair_reach())
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
        if text is None:
            text = doc.text
        for party in parties.values():
            mention = replace(party, start=start.idx, end=end.idx + len(end.text),
                              text=text[start.idx:end.idx + len(end.text)], sentence=sentence,
                              head_token=token.i, definite=False)
            if countries and party.code not in NON_STATE_CODES:
                mention.sector, mention.cameo, mention.name, mention.role = None, party.code, None, None
                mention.kind = COUNTRY
            found.append(mention)
    return found


def named_before(named: list[ActorMention], heads: list[int], reach_back: list[int], before_token: int,
                 first_sentence: int) -> list[ActorMention]:
    """The mentions of `named` (sorted by head token; `heads` their head tokens, `reach_back` the
    running maximum of their sentences) headed before `before_token` and in `first_sentence` or
    later, in order: read back from the phrase until no earlier one can be in those sentences."""
    found: list[ActorMention] = []
    k = bisect_left(heads, before_token) - 1  # the last with m.head_token < before_token
    while k >= 0 and reach_back[k] >= first_sentence:
        if named[k].sentence >= first_sentence:
            found.append(named[k])
        k -= 1
    found.reverse()
    return found


def pair_head_nouns(doc: Doc) -> list[int]:
    """The indices of the nouns whose lemma is a `pair_heads` word (`is_pair_phrase`'s first
    test, read from the token columns), in order."""
    table = token_table(doc)
    strings = doc.vocab.strings
    pair_heads = rules().pair_heads
    known: dict[int, bool] = {}  # lemma hash -> whether its lower case is a pair head
    found = []
    for i, (pos, lemma) in enumerate(zip(table.pos, table.lemma, strict=True)):
        if pos != NOUN:
            continue
        head = known.get(lemma)
        if head is None:
            head = known[lemma] = strings[lemma].lower() in pair_heads
        if head:
            found.append(i)
    return found
