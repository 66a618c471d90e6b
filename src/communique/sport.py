"""Sport reports, told by their words: the event coder codes no event in a sport sentence
("conceded a goal", "beaten in the final"), and the time stage reads "the first half" of a
match as no half year. The words live in data/sport.toml."""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache

from spacy.strings import hash_string  # type: ignore[attr-defined]  # exported, not in its stub
from spacy.tokens import Doc, Span

from . import docfacts  # registers doc._.sport_article
from .resources import load_toml

SPORT_FILE = "sport.toml"


@dataclass(frozen=True, slots=True)
class SportWords:
    """The lists of data/sport.toml."""

    article_words: frozenset[str]
    sentence_words: frozenset[str]
    min_article_words: int
    min_sentence_words: int


@cache
def sport_lexicon() -> SportWords:
    table = load_toml(SPORT_FILE)
    return SportWords(frozenset(table["article_words"]), frozenset(table["sentence_words"]),
                      int(table["min_article_words"]), int(table["min_sentence_words"]))


@cache
def article_words_pattern() -> re.Pattern[str]:
    return re.compile(r"\b(?:" + "|".join(map(re.escape, sorted(sport_lexicon().article_words))) + r")\b")


@cache
def article_word_hashes() -> frozenset[int]:
    """The string-store hashes of the article words, to compare with a Doc's lower-case column."""
    return frozenset(hash_string(word) for word in sport_lexicon().article_words)


def is_sport_article(doc: Doc, text: str) -> bool:
    """An article about sport (`text` is the doc's text, which spaCy would rebuild token by token).
    Worked out once per Doc and kept as `doc._.sport_article` (docfacts.py): the time stage and
    the event coder both ask."""
    if (known := doc._.sport_article) is not None:
        return bool(known)
    lexicon = sport_lexicon()
    # the sport words outside names, read from the Doc's shared columns (most articles have too
    # few of them, and then the text need not be read), then those of the text
    table = docfacts.token_table(doc)
    hashes = article_word_hashes()
    among_tokens = {lower for lower, ent_type in zip(table.lower, table.ent_type, strict=True)
                    if lower in hashes and not ent_type}
    sport = len(among_tokens) >= lexicon.min_article_words \
        and len(set(article_words_pattern().findall(text.lower()))) >= lexicon.min_article_words
    doc._.sport_article = sport
    return sport


@cache
def sentence_word_hashes() -> frozenset[int]:
    """The string-store hashes of the article and sentence words (either makes a sport sentence)."""
    lexicon = sport_lexicon()
    return frozenset(hash_string(word) for word in lexicon.article_words | lexicon.sentence_words)


def sport_words(sent: Span) -> list[str]:
    """The sport words of a sentence of a sport article when it has enough of them, else []:
    the words outside names ("the UEFA Cup"), read from the Doc's shared columns (the event coder
    asks for every sentence of a sport article, and a Token object per word was most of the cost)."""
    table = docfacts.token_table(sent.doc)
    hashes = sentence_word_hashes()
    found_hashes = {lower for lower, ent_type in zip(table.lower[sent.start:sent.end],
                                                     table.ent_type[sent.start:sent.end], strict=True)
                    if lower in hashes and not ent_type}
    strings = sent.doc.vocab.strings
    found = sorted(strings[lower] for lower in found_hashes)
    return found if len(found) >= sport_lexicon().min_sentence_words else []
