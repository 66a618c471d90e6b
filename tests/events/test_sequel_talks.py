"""Talks before the act (constructions.toml `sequel_prepositions`, constructions.py `sequel_verb`):
"X said after talks with Y": the subject of the verb held the talks with their "with" partner.
Not "told reporters after the meeting": a meeting with no partner named need not have been the
speaker's.

Sentences are short excerpts of real wire copy (AFP, 1997-04-03 and 1997-04-08), credited in a comment.
"""

from __future__ import annotations

from collections.abc import Callable

from communique.model import CodedArticle


def talks(coded: CodedArticle) -> list[tuple[str, set[str | None], set[str | None]]]:
    return [(e.event_type, {a.code for a in e.actor}, {a.code for a in e.recipient}) for e in coded.events
            if e.trigger in ("talks", "meeting")]


def test_the_speaker_after_talks_with_someone_held_them(code_text: Callable[..., CodedArticle]) -> None:
    # AFP, 1997-04-03
    coded = code_text("\"We must support our Albanian friends so that they can get back on their feet\" by the time "
                      "of June elections, said Organisation for Security and Cooperation in Europe envoy Franz "
                      "Vranitzky, after talks with Fino, Pangalos and EU envoy Hans van Mierlo.",
                      published="1997-04-03")
    assert talks(coded) == [("CONSULT", {"IGO"}, {"IGO"})]


def test_a_meeting_with_no_partner_is_not_the_speakers(code_text: Callable[..., CodedArticle]) -> None:
    # AFP, 1997-04-08: Rubin need not have sat in the meeting he spoke after
    coded = code_text("What he would really like to see now is for Vietnam to grow economically,\" US State "
                      "Department spokesman James Rubin told reporters after the meeting.", published="1997-04-08")
    assert not [e for e in coded.events if e.trigger == "meeting" and e.actor]
