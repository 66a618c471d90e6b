"""The events coder's per-Doc memos answer as the walks they stand for (speed14). Sentences made
up for the test."""

from __future__ import annotations

from communique.docfacts import token_table
from communique.events import arguments as args
from communique.events.coder import tree_depth
from communique.model import Actor

TEXT = ("Obama was criticized by Putin over Syria, and the rebels who stormed the base were arrested. "
        "Russia said Sudan must return the helicopter that the army had seized.")


def test_depth_is_the_number_of_ancestors(nlp):
    doc = nlp(TEXT)
    offsets = token_table(doc).head  # each token's head, relative to it
    assert offsets == [t.head.i - t.i for t in doc]
    assert [tree_depth(offsets, t.i) for t in doc] == [len(list(t.ancestors)) for t in doc]
    assert max(tree_depth(offsets, t.i) for t in doc) >= 3  # the walk is not trivially zero


def test_kept_voice_and_doers_are_those_read_afresh(nlp):
    doc = nlp(TEXT)
    verbs = [t for t in doc if t.pos_ in ("VERB", "AUX")]
    assert [args.is_passive(v) for v in verbs] == [args.reads_passive(v) for v in verbs]
    assert any(args.is_passive(v) for v in verbs) and not all(args.is_passive(v) for v in verbs)
    first = [args.subject_heads(v) for v in verbs]
    first[0].append(("made-up", verbs[0]))  # a caller adding to its list changes no kept answer
    assert [args.subject_heads(v) for v in verbs] == [args.read_subject_heads(v, 0) for v in verbs]


def test_kept_doers_are_copies(nlp):
    """`verb_actor` and `noun_actor` keep their answer by the index; callers set a side's path."""
    text = "Putin criticized Obama. Russia's invasion began."
    doc = nlp(text)
    actors = [Actor(text=w, start=text.index(w), end=text.index(w) + len(w), code=c)
              for w, c in (("Putin", "RUSGOV"), ("Obama", "USAGOV"), ("Russia", "RUS"))]
    index = args.ActorIndex(doc, actors)
    verb, noun = doc[1], next(t for t in doc if t.text == "invasion")
    for ask, word in ((args.verb_actor, verb), (args.noun_actor, noun)):
        first = ask(word, index)
        assert first.actors  # the test asks of a side that is found
        first.path, first.actors = "changed", []
        again = ask(word, index)
        assert again.actors and again.path != "changed"
