"""The grammar of a trigger's clause, for PLOVER's future reading: does the action lie ahead?

PLOVER codes a future cooperative action as AGREE and a future conflictual one as a threat. That
reading follows the grammar of the clause only ("will take place", "may halt", "plans to
visit"), not the context the event's `status` also weighs (`time.clause.event_status`: "a
planned attack" is premeditated, not a threat; "announced a suspension" is no promise). This
module also finds refusals ("will not accept") and demands in reported speech ("said Sudan must
return ..."), and the clauses that report no event at all (`no_event_frame`): a condition ("if Iran
attacks"), a question, the content of a wish, fear or deliberation ("wants Israel to attack",
"the possibility that Israel might attack", "is considering sending aid"), and a view stated with
a trigger verb ("agreed that the economy is weak", "allowed that his members tilt Republican").
The cue words live in `data/events/modality.toml`.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache

from spacy.tokens import Token

from ..resources import load_toml, word_sets
from ..time.clause import cues as clause_cues

MODALITY_FILE = "events/modality.toml"
# Penn tags of a tensed verb: past, present third person, present other.
FINITE_TAGS = frozenset({"VBD", "VBZ", "VBP"})


@dataclass(frozen=True, slots=True)
class Cues:
    negation: frozenset[str]
    negating_verbs: frozenset[str]
    future_aux: frozenset[str]
    planning_words: frozenset[str]
    hypothetical: frozenset[str]
    demand_modals: frozenset[str]
    self_subjects: frozenset[str]
    speech_verbs: frozenset[str]
    stative_participles: frozenset[str]
    condition_markers: frozenset[str]
    wish_verbs: frozenset[str]
    possibility_words: frozenset[str]
    claim_nouns: frozenset[str]
    failure_nouns: frozenset[str]
    prevention_verbs: frozenset[str]
    attempt_nouns: frozenset[str]
    deliberation_verbs: frozenset[str]
    content_prepositions: frozenset[str]
    statement_verbs: frozenset[str]
    intent_aux: frozenset[str]
    copulas: frozenset[str]
    undergoing_verbs: frozenset[str]
    promise_verbs: frozenset[str]
    prediction_verbs: frozenset[str]
    possibility_aux: frozenset[str]
    audience_subjects: frozenset[str]
    thing_subjects: frozenset[str]
    narrative_nouns: frozenset[str]
    narrative_prepositions: frozenset[str]
    stance_verbs: frozenset[str]
    viewing_verbs: frozenset[str]
    question_words: frozenset[str]
    generic_pronouns: frozenset[str]
    advice_modals: frozenset[str]
    generic_determiners: frozenset[str]
    generic_people: frozenset[str]
    generic_roles: frozenset[str]
    office_marks: frozenset[str]
    election_verbs: frozenset[str]
    office_verbs: frozenset[str]
    offices: frozenset[str]
    unreal_modals: frozenset[str]
    possible_modals: frozenset[str]
    decision_verbs: frozenset[str]
    material_roots: frozenset[str]
    conflict_roots: frozenset[str]


@cache
def cues() -> Cues:
    """The lists of modality.toml, with the negation words, denial verbs, future auxiliaries and
    condition markers of the one clause reader (data/time/status.toml), so the two cannot drift apart."""
    clause = clause_cues()
    return word_sets(Cues, {**load_toml(MODALITY_FILE), "negation": clause.negation_words,
                            "negating_verbs": clause.denial_verbs, "future_aux": clause.future_aux,
                            "condition_markers": clause.condition_markers})


# The lower-case lemma of each lemma met so far, by its string-store hash (the same string in
# every Doc): `lemma` is asked ~90k times per 400 articles, and `token.lemma_` makes a new str
# from the string store on each access. Cleared when large, like the KB's memos.
LOWER_LEMMAS: dict[int, str] = {}
LOWER_LEMMAS_LIMIT = 200_000


def lemma(token: Token) -> str:
    key = token.lemma
    found = LOWER_LEMMAS.get(key)
    if found is None:
        if len(LOWER_LEMMAS) >= LOWER_LEMMAS_LIMIT:
            LOWER_LEMMAS.clear()
        found = LOWER_LEMMAS[key] = token.lemma_.lower()
    return found


def verb_phrase_lemma(verb: Token) -> str:
    """"rule out" for ruled + out: the verb with its particle, as the cue lists write it."""
    particles = [c.lower_ for c in verb.children if c.dep_ == "prt"]
    return " ".join([lemma(verb), *particles])


def clause_words(predicate: Token) -> list[Token]:
    """The predicate's own auxiliaries, negation, markers and adverbs."""
    return [c for c in predicate.children if c.dep_ in ("aux", "auxpass", "neg", "mark", "advmod", "det")]


def predicate_of(trigger: Token) -> Token:
    """The verb whose tense and polarity are the trigger's: itself, or the verb governing a noun."""
    token = trigger
    for _ in range(4):
        if token.pos_ in ("VERB", "AUX") or token.head.i == token.i:
            return token
        if token.dep_ in ("acl", "relcl"):
            return token
        token = token.head
    return token


def governed_by(predicate: Token, words: frozenset[str], deps: tuple[str, ...] = ("xcomp", "ccomp")) -> Token | None:
    """The governor of a complement clause, when it is one of `words` ("plans to visit")."""
    if predicate.dep_ in deps or (predicate.dep_ == "pobj" and predicate.head.dep_ == "prep"):
        governor = predicate.head if predicate.dep_ != "pobj" else predicate.head.head
        if verb_phrase_lemma(governor) in words or lemma(governor) in words:
            return governor
    return None


def reading(trigger: Token) -> tuple[str, str]:
    """(mood, cue) for the trigger: negated, planned, hypothetical or asserted, by its clause's grammar."""
    c = cues()
    predicate = predicate_of(trigger)
    own = clause_words(predicate) + [t for t in trigger.children if t.dep_ in ("neg", "det")]
    own_lemmas = {lemma(t) for t in own} | {t.lower_ for t in own}
    negation = own_lemmas & c.negation
    if negation:
        return "negated", sorted(negation)[0]
    if governed_by(predicate, c.negating_verbs):
        return "negated", f"{predicate.head.lemma_} + complement"
    if "if" in own_lemmas or "unless" in own_lemmas:
        return "hypothetical", "if/unless"
    if own_lemmas & c.future_aux:
        return "planned", "will"
    if "would" in own_lemmas and predicate.dep_ == "ccomp" and lemma(predicate.head) in c.speech_verbs:
        return "planned", "said ... would"
    hypothetical = own_lemmas & c.hypothetical
    if hypothetical:
        return "hypothetical", sorted(hypothetical)[0]
    planner = governed_by(predicate, c.planning_words, ("xcomp",))  # "announced plans to", not "announced that"
    if planner is not None:
        return "planned", f"{planner.lemma_} + complement"
    for child in trigger.children:  # "talks set for Thursday", "visit scheduled for May"
        if child.dep_ in ("acl", "amod") and lemma(child) in c.planning_words:
            return "planned", f"{child.lemma_} (modifier)"
    return "asserted", ""


def decided_act(trigger: Token, cameo: str) -> bool:
    """"Japan has decided to partially lift sanctions": a material act (by its CAMEO root) that a
    past, asserted decision governs, so it is coded as done, not as an intent."""
    c = cues()
    if cameo[:2] not in c.material_roots:
        return False
    governor = governed_by(predicate_of(trigger), c.decision_verbs, ("xcomp",))
    if governor is None or reading(governor)[0] != "asserted":
        return False
    perfect = governor.tag_ == "VBN" and any(a.dep_ == "aux" and lemma(a) == "have" for a in governor.children)
    return governor.tag_ == "VBD" or perfect


def is_refusal(trigger: Token) -> bool:
    """"will not accept", "won't meet", "would not allow": a negation of what lies ahead."""
    c = cues()
    predicate = predicate_of(trigger)
    words = {lemma(t) for t in clause_words(predicate)} | {t.lower_ for t in clause_words(predicate)}
    return bool(words & c.negation) and bool(words & (c.future_aux | {"would"}))


def demand_clause(speech_verb: Token) -> Token | None:
    """The complement of a speech verb that states a demand ("said Sudan must return ..."), if any.
    A modal on a speech verb is a way of speaking, no demand: "'I must tell you that ...,' he said"."""
    c = cues()
    if lemma(speech_verb) not in c.speech_verbs:
        return None
    for child in speech_verb.children:
        if (child.dep_ == "ccomp" and lemma(child) not in c.speech_verbs and not names_a_state(child)
                and lemma(child) not in c.undergoing_verbs and not own_resolve(child)
                and not states_a_stance(child) and not advises_an_audience(child) and not judges_a_thing(child)
                and not opines_on_anyone(child) and not opines_on_it(child)
                and modal_of(child, c.demand_modals) is not None):
            return child
    return None


def states_a_stance(clause: Token) -> bool:
    """"the party should brace for an unpredictable election", "Americans should know that ...",
    "Kenya should be seen as a no-go zone": a modal on a verb of mind or of having, or on a passive
    verb of viewing, states what ought to be thought or be so, no demand of an act."""
    c = cues()
    word = lemma(clause)
    passive = any(a.dep_ == "auxpass" for a in clause.children)
    return word in c.stance_verbs or passive and word in c.viewing_verbs


def advises_an_audience(clause: Token) -> bool:
    """"Cruz said GOP voters should go with him": a demand of voters or supporters is campaigning,
    no demand of a party."""
    return any(c.dep_ in ("nsubj", "nsubjpass") and lemma(c) in cues().audience_subjects for c in clause.children)


def judges_a_thing(clause: Token) -> bool:
    """""The focus should be on the federal government's influence," DeSantis said", "the notion
    that Trump could benefit should sound an alarm, Sanders wrote": a modal on a clause whose
    subject is an idea, a focus or a lesson states a view, no demand of any party. Not a passive
    one: "the nuclear issue should be dealt with by all parties" asks others to act."""
    return any(c.dep_ == "nsubj" and lemma(c) in cues().thing_subjects for c in clause.children)


def modal_of(predicate: Token, modals: frozenset[str]) -> Token | None:
    """The predicate's auxiliary that is one of `modals` ("must", "should"), if it has one."""
    return next((a for a in predicate.children if a.dep_ == "aux" and lemma(a) in modals), None)


def opines_on_anyone(clause: Token) -> bool:
    """"Trump said women should be punished", "Clinton says a president must be ready to start
    making decisions", "you should never negotiate with terrorists": a demand modal on a clause
    whose subject is anyone at all (a generic pronoun, a noun with "a", "any" or "every", or a bare
    plural of people) states a view of what people ought to do or undergo, no demand of a party."""
    c = cues()
    for subject in clause.children:
        if subject.dep_ not in ("nsubj", "nsubjpass"):
            continue
        word = lemma(subject)
        if subject.lower_ in c.generic_pronouns or word in c.generic_pronouns:
            return True
        # a named party is no one in general: "a UN team must investigate", "Iraqi refugees"
        if word not in c.generic_people and word not in c.generic_roles \
                or any(t.pos_ == "PROPN" or t.ent_type_ in ("NORP", "GPE", "ORG") for t in subject.subtree):
            continue
        determiners = [d for d in subject.children if d.dep_ in ("det", "poss")]
        if subject.pos_ == "NOUN" and any(d.lower_ in c.generic_determiners for d in determiners):
            return True
        if subject.tag_ in ("NNS", "NNPS") and not determiners:
            return True
    return False


def anyones_duty(predicate: Token) -> bool:
    """"a president must be ready to start making decisions", "every country should respect the
    sovereignty of Syria": a demand modal on a clause whose subject is anyone at all tells a duty in
    general, no act of any party (said or not: `opines_on_anyone`)."""
    return modal_of(predicate, cues().demand_modals) is not None and opines_on_anyone(predicate)


def writers_advice(predicate: Token) -> Token | None:
    """"And together with Canada, Mexico should sue in every court" (The New York Times, 2016-09-28,
    an opinion piece; hand read seed 5375 #18), "he should channel Republican nominee Donald Trump":
    an advice modal ("should", "ought") in the sentence's own clause, no verb's complement, is the
    writer's view of what a party ought to do, no event; "the talks should start next week" (no
    party its subject) expects a planned event and stays. Under a speech verb it is the speaker's
    demand (`demand_clause`), under "suggested that" a proposal."""
    c = cues()
    modal = modal_of(predicate, c.advice_modals)
    # a party advised, not an event expected: "the talks should start next week" is a plan
    advised = any(s.dep_ == "nsubj" and (s.pos_ == "PRON" or names_a_party(s)) for s in predicate.children)
    if modal is None or not advised:
        return None
    # the writer's own clause: the sentence's root or a conjunct of it, no verb's complement
    # ("suggested that Russia should withdraw" is Merkel's proposal)
    return modal if first_conjunct(predicate).dep_ == "ROOT" else None


def opines_on_it(clause: Token) -> bool:
    """"It should shock the conscience of every decent American that this man is peddling his
    murder weapon": a demand modal on a clause with an anticipatory "it" and a clause of its own
    states a view of that clause, no demand of anyone."""
    subjects = [c for c in clause.children if c.dep_ in ("nsubj", "nsubjpass", "expl") and c.lower_ == "it"]
    return bool(subjects) and any(c.dep_ in ("ccomp", "csubj") and any(m.dep_ == "mark" and m.lower_ == "that"
                                                                        for m in c.children)
                                  for c in clause.children)


def own_resolve(clause: Token) -> bool:
    """""We should get rid of superdelegates entirely," said Sen. Jeff Merkley": a first-person
    subject states what the speaker's own side means to do, no demand of anyone."""
    return any(c.dep_ in ("nsubj", "nsubjpass") and lemma(c) in cues().self_subjects for c in clause.children)


def names_a_state(clause: Token) -> bool:
    """"the president must be a real president": a copula with a noun states what ought to be, no
    demand of anyone ("must be ready to mediate" still asks for an act)."""
    return lemma(clause) in cues().copulas and any(c.dep_ in ("attr", "prep") for c in clause.children) \
        and not any(c.dep_ in ("xcomp", "acomp") for c in clause.children)


def first_conjunct(token: Token) -> Token:
    """"considering sending aid and arms and to retaliate": the conjunct the others hang on."""
    while token.dep_ == "conj" and token.head.i != token.i:
        token = token.head
    return token


def content_owner(word: Token) -> Token | None:
    """The word whose content `word` is: the verb or noun it complements ("wants Y [to attack]",
    "the possibility that Israel might [attack]", "fears of an [attack]", "thinking about [sending]")."""
    word = first_conjunct(word)
    if word.dep_ in ("acl", "ccomp", "xcomp", "dobj", "nsubjpass"):
        return word.head
    if word.dep_ == "advcl" and any(m.dep_ == "mark" and m.lower_ == "for" for m in word.children):
        return word.head  # "waiting for the Pakistani military to investigate"
    if word.dep_ == "relcl" and any(m.dep_ == "mark" and m.lower_ == "that" for m in word.children):
        return word.head  # "charges that it tortured a priest": a content clause the parse took for a relative one
    if word.dep_ == "relcl" and word.tag_ == "VBG" and not any(a.dep_ in ("aux", "auxpass") for a in word.children) \
            and any(m.dep_ == "nsubj" and m.lower_ == "that" for m in word.children):
        # "criticism that shutting down the unit made ...": a bare gerund after "that" is no relative verb
        return word.head
    if word.dep_ in ("pobj", "pcomp") and word.head.dep_ in ("prep", "agent") \
            and lemma(word.head) in cues().content_prepositions:
        return word.head.head
    return None


def own_subject(clause: Token, owner: Token) -> Token | None:
    """The subject the content clause has of its own, not the owner's ("wants *Israel* to attack"),
    unless it is a pronoun that may be the owner's subject again ("hopes *it* will attack")."""
    subjects = [c for c in clause.children if c.dep_ in ("nsubj", "nsubjpass")]
    if clause.dep_ == "xcomp":  # "solicited the financial giants to support Clinton": the object acts
        subjects += [c for c in owner.children if c.dep_ in ("dobj", "dative")
                     and c.ent_type_ not in ("DATE", "TIME")]  # "hopes one day to visit": no object
    owners = {t.i for c in owner.children if c.dep_ in ("nsubj", "nsubjpass") for t in c.subtree}
    for subject in subjects:
        if subject.i not in owners and subject.pos_ != "PRON":
            return subject
    return None


def owned_content(trigger: Token) -> str | None:
    """Why the trigger is the content of a wish, fear or deliberation, if it is one."""
    c = cues()
    words = [trigger] if trigger.pos_ in ("VERB", "AUX") else [trigger, predicate_of(trigger)]
    # a deed that is the subject of a clause is read through that clause: "criticism that shutting
    # down the unit made the city less safe"
    words += [w.head for w in words if w.dep_ in ("csubj", "csubjpass")]
    for word in words:
        owner = content_owner(word)
        if owner is None:
            continue
        owner_lemma = lemma(owner)
        if owner_lemma in c.possibility_words:
            return f"content of '{owner.text}' (a possibility, fear or hope)"
        if owner_lemma in c.claim_nouns and owner.pos_ == "NOUN":
            return f"content of '{owner.text}' (a claim, not told as fact)"
        if owner_lemma in c.failure_nouns and owner.pos_ == "NOUN" and first_conjunct(word).dep_ == "acl":
            return f"content of '{owner.text}' (not done)"  # "failure to denounce", not "failure of the talks"
        if (prevented := prevented_by(owner)) is not None:
            return f"prevented ('{prevented.text}'), not done"
        if owner_lemma in c.deliberation_verbs and owner.pos_ in ("VERB", "AUX") and word.dep_ != "ccomp":
            # "is considering sending aid", "thinking about sending troops"; not "thinks Russia attacked"
            return f"content of '{owner.text}' (an option weighed)"
        if owner_lemma in c.wish_verbs and (subject := own_subject(first_conjunct(word), owner)) is not None:
            return f"content of '{owner.text}' with its own subject '{subject.text}' (a wish for another's act)"
    return None


def prevented_by(owner: Token) -> Token | None:
    """"foiled an attack", "foiled an apparent attempt to kill Pope John Paul II": the verb that
    prevented the act, when the owner is one or is the attempt it prevented."""
    c = cues()
    # "hold off on backing", "stopped short of endorsing": the verb with its particle or adverb
    phrases = {lemma(owner), verb_phrase_lemma(owner)} | {f"{lemma(owner)} {m.lower_}" for m in owner.children
                                                          if m.dep_ in ("advmod", "prt", "acomp")}
    if phrases & c.prevention_verbs:
        return owner
    if lemma(owner) in c.attempt_nouns and owner.dep_ in ("dobj", "nsubjpass") \
            and lemma(owner.head) in c.prevention_verbs:
        return owner.head
    return None


def stated_view(trigger: Token) -> str | None:
    """"agreed that the economy is weak", "allowed that his members tilt Republican": a trigger verb
    with a finite complement clause states a view, unless the clause is an intention ("agreed that
    their countries should cooperate")."""
    c = cues()
    if trigger.pos_ != "VERB" or lemma(trigger) not in c.statement_verbs:
        return None
    for clause in (t for t in trigger.children if t.dep_ == "ccomp" and is_finite(t)):
        that = any(m.dep_ == "mark" and m.lower_ == "that" for m in clause.children)
        pronoun = any(t.dep_ == "nsubj" and t.pos_ == "PRON" for t in clause.children)
        if not that and not (pronoun and clause.left_edge.i <= trigger.i + 2):
            # without "that", only "denied he ran": "allows aid workers expanded access" is
            # a misparsed pair of objects, and a clause further on is no complement of the verb
            continue
        auxiliaries = [a for a in clause.children if a.dep_ == "aux"]
        # "agreed that the hosts could not have asked for a kinder draw": a modal of the perfect
        # weighs what was or might have been, no intention (hand read seed 5121 #23)
        perfect = any(lemma(a) == "have" for a in auxiliaries)
        if not perfect and any(lemma(a) in c.intent_aux or a.lower_ in c.intent_aux for a in auxiliaries):
            return None
        return f"'{trigger.text} that ...' states a view"
    return None


def is_finite(verb: Token) -> bool:
    """A clause with a tensed verb ("the economy is weak", "he ran a hit squad"), not an
    infinitive or participle ("allow the WFP to deliver", "refugees fleeing the violence")."""
    auxiliaries = [a for a in verb.children if a.dep_ in ("aux", "auxpass")]
    if any(a.tag_ == "TO" for a in auxiliaries):
        return False
    return verb.tag_ in FINITE_TAGS or any(a.tag_ in FINITE_TAGS | {"MD"} for a in auxiliaries)


def asks(trigger: Token) -> bool:
    """The trigger's own clause is a question ("Will Iran attack Israel?", "Why would Trump do that?")."""
    clause = first_conjunct(predicate_of(trigger))
    while True:
        if any(c.dep_ == "punct" and c.text == "?" for c in clause.children) or inverted_question(clause):
            return True
        if clause.dep_ != "xcomp" or clause.head.i == clause.i:
            return False
        clause = clause.head


def inverted_question(clause: Token) -> bool:
    """"Did Crooked Hillary help ... become a citizen ...?": an auxiliary before the subject opens
    the clause, and a question mark follows in the sentence (the parse may hang it elsewhere)."""
    subjects = [c.i for c in clause.children if c.dep_ in ("nsubj", "nsubjpass", "expl")]
    opening = [c for c in clause.children if c.dep_ in ("aux", "auxpass") and c.i == clause.left_edge.i]
    if not (subjects and opening and opening[0].i < min(subjects)):
        return False
    for token in clause.doc[clause.i:]:  # the parse may end the sentence before the question mark
        if token.text in (".", "!"):
            return False
        if token.text == "?":
            return True
    return False


def counterfactual(predicate: Token) -> bool:
    """"He should have beaten President Obama", "could have attacked": a modal with the perfect
    names what did not happen."""
    while infinitive_complement(predicate):
        # the complement of a counterfactual did not happen either: "a bill that would have
        # allowed officials to deny services" (The Washington Post, 2016-07-02)
        predicate = predicate.head
    auxiliaries = [a for a in predicate.children if a.dep_ in ("aux", "auxpass")]
    return predicate.tag_ == "VBN" and any(a.lower_ in cues().hypothetical for a in auxiliaries) \
        and any(lemma(a) == "have" for a in auxiliaries)


def has_to(predicate: Token) -> bool:
    """The predicate has the infinitive's "to" ("to deny", "how to shoot")."""
    return any(c.dep_ == "aux" and c.lower_ == "to" for c in predicate.children)


def infinitive_complement(predicate: Token) -> bool:
    """"allowed citizens to deny", "tried to attack": a to-infinitive complement of its head."""
    return predicate.dep_ in ("xcomp", "ccomp") and predicate.tag_ == "VB" and has_to(predicate)


def none_given(verb: Token) -> bool:
    """"the company offers no paid parental leave", "offered no proof": an object determined by a
    negation word names nothing done."""
    return verb.pos_ == "VERB" and any(c.dep_ == "dobj" and any(d.dep_ == "det" and d.lower_ in cues().negation
                                                                 for d in c.children) for c in verb.children)


def question_infinitive(predicate: Token) -> Token | None:
    """The wh-word of a to-infinitive that is an indirect question: "learned how to shoot a gun as a
    child" (The Huffington Post, 2016-07-27; 60 PolNeAR corpus articles of ev-precision), "is
    deciding where to strike": a way or an option known or weighed, no act."""
    if not has_to(predicate):
        return None
    return next((c for c in predicate.children if c.i < predicate.i and c.lower_ in cues().question_words
                 and c.tag_ in ("WRB", "WP", "WDT", "IN")), None)


def condition_mark(predicate: Token) -> Token | None:
    """The condition marker ("if", "unless") of the predicate's clause, or of the clause whose
    to-infinitive complement it is: in "If they continue to back Clinton" (Breitbart, 2016-02-18)
    and "unless it wants to release all its investigations" (USA Today, 2016-09-08; hand read of
    corpus events, seeds 5341 and 5343) the act is as conditional as the verb it complements."""
    markers = cues().condition_markers
    while True:
        mark = next((c for c in predicate.children if c.dep_ == "mark" and c.lower_ in markers), None)
        if mark is not None or not infinitive_complement(predicate):  # a complement has a head above it
            return mark
        predicate = first_conjunct(predicate.head)


# how many complement clauses up from the trigger's verb a condition of winning office may hang:
# "he announced he will step down ... if his wife wins the presidency" (the parse may hang the "if"
# clause on either verb)
OFFICE_CONDITION_DEPTH = 2


def wins_office(verb: Token) -> bool:
    """"is elected", "wins the presidency", "take office", "becomes president": the verb of a clause
    that tells an election won or an office taken (modality.toml `election_verbs`, `office_verbs`)."""
    c = cues()
    if lemma(verb) in c.election_verbs:
        return True
    if lemma(verb) not in c.office_verbs:
        return False
    held = [t for t in verb.children if t.dep_ in ("dobj", "attr", "oprd", "acomp")]
    held += [g for t in verb.children if t.dep_ == "prep" for g in t.children if g.dep_ == "pobj"]
    return any(lemma(t) in c.offices or " ".join(w.lower_ for w in t.subtree if w.dep_ != "det") in c.offices
               for t in held)


def is_own_election(clause: Token, verb: Token) -> bool:
    """Whether the office won is the speaker's side's: "if elected" (no subject), "if they take office",
    "if his wife wins the presidency", "if Trump wins the election" said of Trump; not "unless the
    opposition wins the election", a condition of someone else's act."""
    subject = next((t for t in clause.children if t.dep_ in ("nsubj", "nsubjpass")), None)
    if subject is None or subject.pos_ == "PRON":
        return True
    if any(t.dep_ == "poss" and t.pos_ == "PRON" for t in subject.children):
        return True
    own = next((t for t in verb.children if t.dep_ in ("nsubj", "nsubjpass")), None)
    return own is not None and own.lemma_.lower() == subject.lemma_.lower()


def if_in_office(predicate: Token) -> Token | None:
    """The marker of a clause that makes the act conditional on winning an election ("if elected",
    "if his wife wins the presidency", "once he takes office"), on the predicate or on the verb it
    is the complement of: a candidate's platform, campaign talk and no event (modality.toml
    `office_marks`). None otherwise."""
    marks = cues().office_marks
    verb = predicate
    for _ in range(OFFICE_CONDITION_DEPTH + 1):
        for clause in verb.children:
            if clause.dep_ != "advcl" or not wins_office(clause):
                continue
            mark = next((m for m in clause.children if m.dep_ == "mark" and m.lower_ in marks), None)
            if mark is not None and is_own_election(clause, verb):
                return mark
        if verb.dep_ not in ("xcomp", "ccomp", "conj") or verb.head.i == verb.i:
            return None
        verb = verb.head
    return None


def unreal_modal(trigger: Token, cameo: str | None = None) -> Token | None:
    """"It is strange that Trump would denounce ...", "the party leaders who can support the
    candidate of their choice", "Rubio can ask them": the modal of a trigger verb's clause when the
    clause is a relative one or the clause of an adjective or a copula ("ashamed that", "is strange
    that"; modality.toml `unreal_modals`), or the sentence's own with a modal of ability or
    possibility (`possible_modals`: "can" only); None otherwise, for a noun (its verb's modal is no modal of
    its act: "would have overridden an Obama veto") and under any other verb ("said he would meet")."""
    c = cues()
    if trigger.pos_ != "VERB":
        return None
    # a modal by its tag: the "'d" of "who'd attacked" is "had"
    modal = next((a for a in trigger.children if a.dep_ == "aux" and a.tag_ == "MD"
                  and (lemma(a) in c.unreal_modals or a.lower_ in c.unreal_modals)), None)
    if modal is None:
        return None
    clause = first_conjunct(trigger)
    if clause.dep_ == "relcl":
        return modal
    if clause.dep_ == "ROOT":
        # "Iran cannot accept the proposal" is a refusal, "the US can strike at any moment" a threat:
        # both are read by the other rules
        conflict = cameo is not None and cameo[:2] in c.conflict_roots
        negated = any(t.dep_ == "neg" for t in trigger.children)
        possible = lemma(modal) in c.possible_modals or modal.lower_ in c.possible_modals
        return modal if possible and not conflict and not negated else None
    if clause.dep_ == "ccomp" and (clause.head.pos_ in ("ADJ", "NOUN") or lemma(clause.head) in c.copulas):
        return modal
    return None


def unreal_act(trigger: Token, predicate: Token, cameo: str | None = None) -> str | None:
    """Why the trigger tells what a party would or could do, no act: a modal of an unreal act
    (`unreal_modal`) or a condition of winning office (`if_in_office`); None otherwise."""
    if (modal := unreal_modal(trigger, cameo)) is not None:
        return f"what a party '{modal.text}' do, no act done or planned"
    if (mark := if_in_office(predicate)) is not None:
        return f"what a candidate would do once in office ('{mark.text} elected ...'): campaign talk, not an event"
    return None


def no_event_frame(trigger: Token, cameo: str | None = None) -> str | None:
    """Why the clause of a trigger reports no event, or None when it may report one: a condition, a
    question, the content of a wish, fear or deliberation, or a view stated with a trigger verb."""
    predicate = first_conjunct(predicate_of(trigger))
    if (mark := condition_mark(predicate)) is not None:
        return f"a condition ('{mark.text} ...'), not an event"
    if (unreal := unreal_act(trigger, predicate, cameo)) is not None:
        return unreal
    if asks(trigger):
        return "a question, not an event"
    if counterfactual(predicate):
        return "a counterfactual ('should have ...'), not an event"
    if none_given(trigger):
        return "its object is 'no ...': nothing done"
    if (content := owned_content(trigger)) is not None:  # "considers how to attack": the option weighed
        return content
    if (wh := question_infinitive(predicate)) is not None:
        return f"an indirect question ('{wh.text} to ...'), not an event"
    if anyones_duty(predicate):
        return "what anyone ought to do ('a president must ...'), a view, not an event"
    if (modal := writers_advice(predicate)) is not None:
        return f"the writer's advice ('{modal.text} ...'), a view, not an event"
    return stated_view(trigger) or foretold_danger(trigger) or narrated(trigger)


# how many heads up from the trigger the work's phrase may be ("the story of six operators who
# risked their lives to defend the compound": defend, risked, operators, of): a clause or two
NARRATED_DEPTH = 8


def narrated(trigger: Token) -> str | None:
    """"13 Hours will tell the story of six American security operators who risked their lives to
    defend the compound" (The Western Journal, 2016-01-12, seed 4802): a deed inside the "of" or
    "about" phrase of a story, a film or a book is its plot, told as a work's content, no event of
    the news. The trigger's own clause may be a relative one on the phrase's noun."""
    nouns, prepositions = cues().narrative_nouns, cues().narrative_prepositions
    token = trigger
    for _ in range(NARRATED_DEPTH):
        head = token.head
        if head.i == token.i:
            return None
        if token.dep_ in ("pobj", "pcomp") and head.dep_ == "prep" and head.lower_ in prepositions \
                and head.head.pos_ == "NOUN" and lemma(head.head) in nouns:
            return f"the plot of '{head.head.text}', no event of the news"
        token = head
    return None


PARTY_LABELS = frozenset({"PERSON", "ORG", "GPE", "NORP"})


def names_a_party(noun: Token) -> bool:
    """"European clients", "Russia", "the Kremlin": a noun that is a named party or is qualified by one."""
    return noun.ent_type_ in PARTY_LABELS or any(c.ent_type_ in PARTY_LABELS for c in noun.children
                                                 if c.dep_ in ("amod", "compound", "poss", "nmod"))


def foretold_danger(trigger: Token) -> str | None:
    """"Cruz warned that the incident could foreshadow the future with Iran", "Trump warned that
    Clinton opposes the Second Amendment", "the prime minister has warned the process ... may not be
    able to move forward" (AFP): a warning whose clause tells what may happen (or, with "that"),
    what is, of a party other than the speaker, foretells a danger (CAMEO 012, a pessimistic
    comment, no PLOVER type); the speaker threatens nothing. "warned that police will no longer
    tolerate rallies", "warned it will retaliate", "warned that it could close the strait" and
    "warned that its forces could strike" (a pronoun subject or owner may be the speaker) stay
    threats."""
    c = cues()
    if trigger.pos_ != "VERB" or lemma(trigger) not in c.prediction_verbs:
        return None
    for clause in (t for t in trigger.children if t.dep_ == "ccomp" and is_finite(t)):
        that = any(m.dep_ == "mark" and m.lower_ == "that" for m in clause.children)
        subjects = [t for t in clause.children if t.dep_ in ("nsubj", "nsubjpass", "expl")]
        if not subjects or any(t.pos_ == "PRON" or any(o.dep_ == "poss" and o.pos_ == "PRON" for o in t.children)
                               for t in subjects):
            continue
        auxiliaries = {a.lower_ for a in clause.children if a.dep_ in ("aux", "auxpass")}
        if auxiliaries & c.possibility_aux and not any(names_a_party(t) for t in subjects):
            # "the incident could foreshadow"; not "warned that European clients could face
            # shortfalls" (Gazprom, AFP 2006-12-29): what a party may suffer is a threat to it
            return f"'{trigger.text} that ... {sorted(auxiliaries & c.possibility_aux)[0]}' foretells a danger"
        if not auxiliaries and that:  # without "that", a clause with no auxiliary may be a misparse
            return f"'{trigger.text} that ...' tells what is, no threat"
    return None
