"""Modality of a coded event: asserted, negated, future or hypothetical, read off the parse."""

from __future__ import annotations

from ..nlp.pipeline import text_in
from .lexicon import Cues
from .roles import means_of_charge, named_after, speaker_adjunct

#: marks of a condition ("threatened to use live fire if ...", "agreed to impose sanctions unless
#: ..."): read by the coder's clauses and the confidence stage alike
CONDITIONS = ("if", "unless")


def clause_chain(tok, hops: int = 4, speaking: frozenset[str] = frozenset()) -> list:
    """The trigger and the verbs/adjectives that govern it by control ("plans to visit",
    "refused to meet", "is about to restore"): the words whose auxiliaries and negation count.
    A participle of saying (`speaking`) after a reported clause is under its verb of saying, not
    the clause ("said Iran could face sanctions, accusing Tehran": the accusing was done)."""
    chain = [tok]
    t = tok
    for _ in range(hops):
        if t.head == t:
            break
        speaker = speaker_adjunct(t, speaking)
        if speaker is not None:
            t = speaker
            chain.append(t)
            continue
        if t.dep_ == "advcl" and not any(c.dep_ in ("nsubj", "nsubjpass", "mark") for c in t.children):
            # an adjunct with no subject of its own ("may aim to create a rift, allowing X to
            # ...") shares the modality of the clause it hangs from
            t = t.head
            chain.append(t)
            continue
        if _shares_auxiliaries(t):
            # "will host the talks and sign a deal", "could attack Ukraine and seize Kharkiv",
            # "should be impeached and removed": a conjunct with no subject or auxiliary of its
            # own is under its head's
            t = t.head
            chain.append(t)
            continue
        if t.dep_ not in ("xcomp", "acomp", "ccomp"):
            break
        if t.dep_ == "ccomp" and t.head.pos_ == "VERB" and not _bare_complement(t):
            break  # reported speech keeps its own modality
        t = t.head
        chain.append(t)
    return chain


def _bare_complement(v) -> bool:
    """Whether a clausal complement is no reported speech but an infinitive with its own subject,
    which the parser labels like one: "(asked Poland to) allow the tanks to be sent to Ukraine",
    "(urged Poland to) let Ukraine receive the tanks". It has no tense of its own, so it stands
    under the verb that governs it, as an xcomp does; a "that" clause or a finite one ("said Russia
    would attack") keeps its own."""
    if any(c.dep_ == "mark" for c in v.children):
        return False
    if infinitive(v):
        return True
    return v.tag_ == "VB" and not any(c.dep_ in ("aux", "auxpass") for c in v.children)


_WISHED = ("of", "for", "after", "to")  # "dreams of", "longs for", "hankers after", "aspires to"


def _shares_auxiliaries(v) -> bool:
    """Whether a conjoined verb stands under its head's auxiliaries: it has no subject or
    auxiliary of its own and the form they govern, a bare verb ("could attack and seize") or a
    participle after a participle ("was arrested and charged", "should be impeached and
    removed"); a finite conjunct ("did not attack but seized") is a clause of its own."""
    if v.dep_ != "conj" or v.head.pos_ not in ("VERB", "AUX") or v.head == v:
        return False
    if any(c.dep_ in ("nsubj", "nsubjpass", "aux", "auxpass", "expl") for c in v.children):
        return False
    return v.tag_ == "VB" or (v.tag_ in ("VBN", "VBG") and v.head.tag_ == v.tag_)


_CONTRAST = frozenset({"but", "yet", "instead", "rather"})


def _contrastive(conj) -> bool:
    """Whether a conjunct is set against its head ("not attack but impose", "not only criticise
    but also impose", "rather than"): a contrasting "but"/"yet" between them, or "instead"/"also"
    on the conjunct."""
    head = conj.head
    return (any(c.dep_ == "cc" and c.lower_ in _CONTRAST and head.i < c.i < conj.i for c in head.children)
            or any(c.dep_ == "advmod" and c.lower_ in ("instead", "also") for c in conj.children))


def _set_off_participle(v, head) -> bool:
    """Whether `v` is a present participle with no subject of its own that follows its clause's
    verb `head` after a comma ("did not mince words, calling ...", "did not attend, citing
    illness"): an act told beside the clause, not within its negation."""
    return (v.dep_ == "advcl" and v.tag_ == "VBG" and v.head == head and v.i > head.i
            and not any(c.dep_ in ("nsubj", "nsubjpass", "mark") for c in v.children)
            and any(t.text == "," for t in v.doc[head.i + 1 : v.i]))


def modality(tok, sent, cues: Cues, *, governor=None, folded_into=None) -> str:
    """`tok` is the trigger; `governor` the verb a noun event hangs from, if any; `folded_into`
    the control verb whose event this complement is ("urged X to release": the urging happened)."""
    negated, hyp, future = modal_flags(tok, sent, cues, governor=governor, folded_into=folded_into)
    if negated:
        return "negated"
    if hyp:
        return "hypothetical"
    if future:
        return "future"
    return "asserted"


def infinitive(v) -> bool:
    """A "to"-infinitive clause ("to investigate"), not a finite one ("that Japan would provide")."""
    return any(c.dep_ == "aux" and c.lower_ == "to" for c in v.children)


def subject_marked(clause) -> bool:
    """Whether a clause is marked to name a subject of its own: by "that" ("a demand that Japan
    withdraw", "it was unacceptable that Britain expelled its diplomats"), or by "for" before a
    "to"-infinitive ("a call for Russia to withdraw", "it was regrettable for Tokyo to release
    the water")."""
    marks = {m.lower_ for m in clause.children if m.dep_ == "mark"}
    return "that" in marks or ("for" in marks and infinitive(clause))


def _reported_past(v) -> bool:
    """Whether `v` heads a clause reported by a past-tense verb ("said they would blockade"):
    there "would" is the future seen from the past, not a condition."""
    return v.dep_ == "ccomp" and v.head != v and v.head.tag_ == "VBD"


def modal_flags(tok, sent, cues: Cues, *, governor=None, folded_into=None) -> tuple[bool, bool, bool]:
    """(negated, hypothetical, future) of the trigger's clause chain; `modality` ranks them."""
    chain = clause_chain(tok, speaking=cues.speaker_participles)
    own = len(chain)
    if governor is not None:
        chain.extend(clause_chain(governor))
    negated = hyp = future = besides = False
    for i, v in enumerate(chain):
        if (i > 0 and v.lemma_.lower() in cues.future_governors and (v.lemma_.lower() != "go" or chain[i - 1].dep_ == "xcomp")
                and not verb_in(v, cues.purpose_done_governors)):  # "went on to accuse": done
            future = True  # "go" plans only as "going to": "the talks went well" were held
        # "will not attack Taiwan but impose sanctions": the conjunct takes its head's "will", not its "not"
        contrast = i > 0 and chain[i - 1].dep_ == "conj" and chain[i - 1].head == v and _contrastive(chain[i - 1])
        # "did not mince words, calling the remarks scandalous": a participle set off after its
        # clause tells an act beside it, outside the clause's "not" (its "will" or "may" it shares)
        besides = besides or (i > 0 and _set_off_participle(chain[i - 1], v))
        contrast = contrast or besides
        for c in v.children:
            word = c.lower_
            dep = c.dep_
            if dep == "neg" or (dep in ("advmod", "det", "preconj", "cc") and word in cues.negation and dep != "cc"):
                negated = negated or not (contrast or _focus_elsewhere(v, cues, governing=i >= own)
                                          or _focus_adverb(c, v, cues) or (0 < i < own and any(held_back_by(w, cues) == v for w in chain[:i])))
            elif dep == "advmod" and word == "longer" and any(g.lower_ == "no" for g in c.children):
                negated = True  # "is no longer imposing sanctions"
            elif dep == "aux":
                if word in cues.future_aux or (word in ("would", "'d") and _reported_past(v)):
                    future = True
                elif word in cues.hypothetical_aux:
                    hyp = True
                elif c.lemma_ == "be" and v.tag_ == "VBG" and v.head != v and v.dep_ == "xcomp":
                    pass
            elif dep == "mark" and word in cues.hypothetical_marks:
                hyp = True
        if v.dep_ == "advcl":
            if any(c.dep_ == "mark" and c.lower_ in cues.hypothetical_marks for c in v.children):
                hyp = True
            if _inverted_condition(v, cues):
                hyp = True  # "Had Russia invaded Ukraine, ...", "Were China to invade Taiwan, ...": no "if", a condition
            if any(c.dep_ == "mark" and c.lower_ in cues.time_marks for c in v.children) and _present(v):
                hyp = True  # "vowed to fight until Hamas is destroyed": not yet
        # "is going to / set to / about to": the governor is the copula's complement; "longs to
        # meet", parsed as a clause of "longs" read as a noun, and "Modi's plans to visit Moscow"
        if ((v.dep_ == "xcomp" or (v.dep_ == "acl" and infinitive(v))) and v.head.lemma_.lower() in cues.future_governors
                and not verb_in(v.head, cues.purpose_done_governors)):
            future = True
        if ((v.dep_ == "xcomp" and infinitive(v)) or v.dep_ == "ccomp") and v.head.lemma_.lower() in cues.claiming_verbs:
            hyp = True  # "Iran claimed to have shot down a drone", "claimed that the US had attacked": claimed, not established
        if _arranged(v):
            future = True  # "France is to withdraw its troops", "the two leaders were to meet on Friday": arranged, not done
        if (v.dep_ in ("ccomp", "xcomp") and infinitive(v) and v.head.lemma_.lower() in cues.prediction_verbs
                and (any(c.dep_ in ("nsubj", "nsubjpass") for c in v.children)
                     or any(c.dep_ == "dobj" for c in v.head.children))):
            hyp = True  # "Analysts expect Russia to impose sanctions": foreseen of another, not done
        # "pressed Ukraine to investigate", "is likely to deploy", "reluctant to commit": what is
        # asked for, likely or shied from has not happened
        # (a noun of any of these lists too, whose "to"-infinitive is what it asks or aims at: "the
        # EU's call for Russia to withdraw its troops", "a push to expand sanctions", "Russia's
        # campaign to destroy the grid" tell the aim, not that it was reached)
        # (the parser hangs the infinitive of "calls from the opposition to resign" as a relative clause)
        if (v.dep_ in ("xcomp", "ccomp", "advcl", "acl", "relcl")
                and v.head.lemma_.lower() in (cues.hypothetical_governors | cues.command_governors | cues.duty_verbs)
                and (infinitive(v) or (v.dep_ == "xcomp" and v.tag_ == "VBG")
                     or (v.dep_ == "ccomp" and v.tag_ == "VB"))  # "demanded that China stop supplying"
                and (folded_into is None or v.head.i != folded_into.i)):
            hyp = True  # "pressed Ukraine to investigate", "is considering imposing sanctions"
        if (v.dep_ == "advcl" and infinitive(v) and not any(c.dep_ in ("nsubj", "nsubjpass") for c in v.children)
                and not verb_in(v.head, cues.purpose_done_governors)
                and not aired(v.head, cues)):  # "went on television to denounce Colombia": said there
            hyp = True  # "sent troops to arrest militants": a purpose is aimed at, not done
        if v.dep_ == "ccomp" and subjunctive(v):
            hyp = True  # "proposed that the EU impose sanctions": what is asked for, not done
        if v.dep_ == "acl" and infinitive(v) and v.head.pos_ == "NOUN" and v.head.lemma_.lower() in cues.ability_nouns \
                and (folded_into is None or v.head.i != folded_into.i):
            hyp = True  # "Iran's ability to strike Israel", "Germany's willingness to send tanks": could, not did
        if _mandated(v, cues):
            hyp = True  # "demanded that the companies halt exports": asked of a plural subject too
        if _asked_by_subject(v, cues):
            hyp = True  # "Calls grew for the minister to resign", "pressure mounted for Israel to allow aid"
        if v.dep_ == "ccomp" and v.head.lemma_.lower() in cues.wish_verbs:
            hyp = True  # "Officials hope that Serbia will recognise Kosovo": wished, neither done nor promised
        if v.dep_ in ("acl", "relcl") and v.head.pos_ == "NOUN" and subjunctive(v) and any(
                c.dep_ == "mark" and c.lower_ == "that" for c in v.children):
            hyp = True  # "Trump's request that Ukraine investigate Biden": a noun's mandative clause, asked for
        if v.dep_ in ("acl", "ccomp") and v.head.pos_ == "NOUN" and v.head.lemma_.lower() in cues.report_nouns:
            hyp = True  # "denied reports that Turkey had arrested", "claims that it armed": reported, unconfirmed
        if v.dep_ == "acl" and _unadopted(v.head, cues):
            hyp = True  # "vetoed a resolution calling for a ceasefire": the text never took effect
        if (_refused(v) and _refusing(v.head, cues)
                and (folded_into is None or v.head.i != folded_into.i)):
            negated = True  # "ruled out sending troops", "rejected holding talks": not done
        if v.dep_ == "pcomp" and v.head.lower_ == "into" and v.head.head.lemma_.lower() in cues.persuading_verbs:
            future = True  # "cajoled Germany into sending troops": talked into, not yet done
        if (v.dep_ == "pcomp" and v.head.lower_ == "against"
                and v.head.head.lemma_.lower() in cues.hypothetical_governors):
            hyp = True  # "warned NATO against sending troops": not done
        if v.dep_ == "ROOT" and infinitive(v):
            if _headline_plan(v):
                future = True  # "US to send more troops to Middle East": headline English for "is to send"
            else:
                hyp = True  # a clause whose only verb is a "to"-infinitive asserts nothing
        if 0 < i < own and chain[i - 1].dep_ == "xcomp" and _alleged(v, cues):
            hyp = True  # "accused the government of trying to crush dissent": the attempt is alleged, and what it tried
        if _negating_governor(v, cues) or _no_subject(v, cues) or _held_back(v, cues):
            negated = True
    if governor is not None and governor.lemma_.lower() in cues.hypothetical_governors and (
            (tok.dep_ in ("dobj", "nsubjpass") and not any(c.dep_ == "oprd" for c in governor.children)  # "called the talks a success": named, not asked for
             and governor.lemma_.lower() not in cues.audience_governors)  # "told a news conference": its audience
            or (tok.dep_ == "pobj" and tok.head.lower_ == "for" and tok.head.head == governor)):
        hyp = True  # "is weighing new sanctions", "strikes were considered", "demanded the release of", "called for sanctions": asked for, not done
    if named_after(tok, cues.wish_verbs, _WISHED) or (
            governor is not None and tok.dep_ == "dobj" and governor.lemma_.lower() in cues.wish_verbs):
        hyp = True  # "dreams of meeting Trump", "longs for talks", "craves negotiations": wished, not done
    if named_after(tok, cues.duty_verbs, ("with",)):
        hyp = True  # "was tasked with investigating Russian interference": a duty, not done
    if governor is not None and _asked_content(tok, governor, cues):
        hyp = True  # "Iran's demands include the lifting of sanctions": asked for, not done
    if named_after(tok, cues.advocacy_nouns, ("of",)):
        hyp = True  # "came out in favour of sanctions": argued for, not done
    if tok.dep_ == "pobj" and tok.head.lower_ in cues.stance_preps and tok.head.head.lemma_.lower() == "be":
        hyp = True  # "Italy is against new sanctions on Russia": a stance on the act, not the act
    if tok.dep_ in ("pobj", "pcomp") and tok.head.lower_ == "of" and tok.head.head.lemma_.lower() in cues.report_nouns:
        hyp = True  # "concerned by reports of excessive force", "claims of torture": reported, unconfirmed
    # "accused Ruto of declaring war": the act of a noun whose verb is alleged is alleged too
    hyp = hyp or _alleged(tok, cues) or (governor is not None and _alleged(governor, cues)) \
        or _possible(tok, cues) or _called_off(tok, cues) or _imminent(tok, cues) \
        or text_in(sent).rstrip().rstrip("\"'”’ ").endswith("?")
    future = future or _planned(tok, cues)
    gerund_of = _gerund_object(tok)
    if gerund_of is not None:
        # "denied holding meetings with X", "avoided holding talks": the gerund the parser hung on
        # the act noun is the complement of the verb before it, and says what that verb says of it
        lemma = gerund_of.lemma_.lower()
        negated = negated or lemma in cues.negating_governors or _refusing(gerund_of, cues)
        hyp = hyp or lemma in (cues.hypothetical_governors | cues.command_governors)
        future = future or lemma in cues.future_governors
    if any(unexcluded(v, cues) for v in chain):
        negated, hyp = False, True  # "did not rule out sending troops": kept open, possible
    if negated and _presupposed(tok, governor, cues):
        negated = modal_flags(tok, sent, cues, folded_into=folded_into)[0]  # only its own phrase's "no"
    return negated, hyp, future


def _inverted_condition(v, cues: Cues) -> bool:
    """Whether the adverbial clause `v` is a condition by inversion: its auxiliary (or `v` itself,
    "Were China to invade") of `inversion_aux` stands before its subject and opens the clause, with
    no mark ("Had Russia invaded Ukraine, NATO would have ...", "Should talks fail, ...")."""
    if any(c.dep_ == "mark" for c in v.children):
        return False
    subj = next((c for c in v.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    if subj is None:
        return False
    opener = v.doc[v.left_edge.i]
    return (opener.lower_ in cues.inversion_aux and opener.i < subj.i
            and (opener == v or (opener.head == v and opener.dep_ in ("aux", "auxpass"))))


def _refused(v) -> bool:
    """Whether `v` is the complement a verb of refusing refuses: its "to"-infinitive or gerund
    ("refused to host", "rejected holding talks"), also a gerund the parser hung as an adjunct right
    after it ("ruled out sending troops"), not one after a comma ("rejected the plan, saying ..."),
    or the "to"-infinitive of a noun of refusing ("Iran's refusal to allow inspectors in")."""
    if v.dep_ == "xcomp":
        return infinitive(v) or v.tag_ == "VBG"
    if v.dep_ == "acl" and v.head.pos_ == "NOUN":
        return infinitive(v)
    return (v.dep_ == "advcl" and v.tag_ == "VBG" and v.i > v.head.i
            and not any(c.dep_ in ("mark", "nsubj", "nsubjpass") for c in v.children)
            and not any(t.is_punct for t in v.doc[v.head.i + 1 : v.i]))


def verb_in(verb, words: frozenset[str], particles: tuple[str, ...] = ("prt",)) -> bool:
    """Whether `verb` is one of `words` by its lemma, or with a particle of its own ("rule out",
    "call off"), which a word list writes as one entry; `particles` are the parser's labels the
    particle may bear ("back" in "rolled back" is tagged an adverb as often as a particle)."""
    lemma = verb.lemma_.lower()
    return lemma in words or any(c.dep_ in particles and f"{lemma} {c.lower_}" in words for c in verb.children)


def _refusing(verb, cues: Cues) -> bool:
    """Whether `verb` is one of refusing (`refusing_governors`), with its particle ("ruled out")."""
    return verb_in(verb, cues.refusing_governors)


def unexcluded(verb, cues: Cues) -> bool:
    """Whether `verb` is a verb of excluding an option (`excluding_governors`, with its particle:
    "rule out") that is itself negated or refused: "did not rule out sending troops", "would not
    rule out military action", "refused to rule out the use of force". The option is kept open:
    its act is possible, neither refused nor done."""
    if not verb_in(verb, cues.excluding_governors):
        return False
    if any(c.dep_ == "neg" or (c.dep_ == "advmod" and c.lower_ in cues.negation) for c in verb.children):
        return True
    return verb.dep_ == "xcomp" and (_refusing(verb.head, cues) or verb.head.lemma_.lower() in cues.negating_governors)


def _gerund_object(tok):
    """The verb whose gerund complement the parser made a modifier of its object: "denied holding
    meetings with X", parsed as "holding" an adjective of "meetings", the object of "denied"; the
    verb ("denied"), else None."""
    if tok.pos_ != "NOUN" or tok.dep_ != "dobj" or tok.head.pos_ != "VERB":
        return None
    gov = tok.head
    if any(c.dep_ == "amod" and c.pos_ == "VERB" and c.tag_ == "VBG" and c.i == gov.i + 1 for c in tok.children):
        return gov
    return None


def _focus_elsewhere(v, cues: Cues, *, governing: bool) -> bool:
    """Whether the "not" on `v` denies an adjunct rather than the act: a past "not ... until"
    ("did not visit Algeria until Friday", "the talks were not held until May": done, later), or,
    on the verb an event noun hangs from (`governing`), "in advance" / "beforehand" ("the visit
    was not announced in advance": the visit took place)."""
    for c in v.children:
        if c.dep_ == "prep" and c.lower_ in cues.late_marks and any(True for _ in c.children) \
                or c.dep_ == "advcl" and any(m.dep_ == "mark" and m.lower_ in cues.late_marks for m in c.children):
            if _past(v):
                return True
        if governing and c.dep_ in ("prep", "advmod"):
            words = c.lower_ if c.dep_ == "advmod" else " ".join(t.lower_ for t in c.subtree)
            if words in cues.notice_adjuncts:
                return True
    return False


def _focus_adverb(neg, v, cues: Cues) -> bool:
    """Whether a "not" is followed by a focus adverb ("did not only criticise Israel but also ...",
    "did not just condemn the attack"): the act is done, and more besides."""
    return any(t.dep_ == "advmod" and t.lower_ in cues.focus_adverbs and t.i == neg.i + 1
               for t in list(neg.children) + list(v.children))


def _past(v) -> bool:
    """Whether `v` is told in the past: a past form with no auxiliary, or a past auxiliary
    ("did not", "was not", "had not")."""
    auxes = [c for c in v.children if c.dep_ in ("aux", "auxpass")]
    if not auxes:
        return v.tag_ == "VBD"
    return any(a.tag_ == "VBD" for a in auxes) and not any(a.lower_ in ("would", "could", "might", "should") for a in auxes)


_SINGULAR_SUBJECTS = frozenset({"NN", "NNP"})


def _mandated(v, cues: Cues) -> bool:
    """Whether `v` heads the "that"-clause of a verb that only ever asks (`asking_only_verbs`) in
    the present with no auxiliary ("demanded that the companies halt exports", "urged that the
    prisoners be freed"): a mandative, whose subject's number the verb does not show when plural."""
    if v.dep_ != "ccomp" or v.head.lemma_.lower() not in cues.asking_only_verbs or any(c.dep_ == "aux" for c in v.children):
        return False
    return v.tag_ in ("VB", "VBP") or (v.tag_ == "VBN" and any(c.dep_ == "auxpass" and c.tag_ in ("VB", "VBP") for c in v.children))


def subjunctive(v) -> bool:
    """Whether a reported clause is a mandative subjunctive ("insisted that Russia withdraw",
    "demanded that the government reach a deal"): a bare verb (VB, or VBP as the tagger reads it
    after a noun) with no auxiliary, whose subject is a singular noun, where the indicative would
    end in -s or be past."""
    if v.tag_ not in ("VB", "VBP") or any(c.dep_ in ("aux", "auxpass") for c in v.children):
        return False
    subj = next((c for c in v.children if c.dep_ == "nsubj"), None)
    # "said that Russia and China oppose sanctions": a coordinated subject is plural, its verb indicative
    return subj is not None and subj.tag_ in _SINGULAR_SUBJECTS and not any(c.dep_ == "conj" for c in subj.children)


DEFINITE = frozenset({"the", "this", "that", "these", "those"})  # determiners of a known thing


def _presupposed(tok, governor, cues: Cues) -> bool:
    """Whether an act named by a definite noun ("Russia's sanctions on Iran", "the invasion of
    Iraq") is told as having happened by the clause it is the subject of, whatever that clause
    denies of it: "the sanctions have not stopped the Kremlin", "the criticism has not led to
    action". Not for a verb that says whether the act took place (`occurrence_verbs`)."""
    if governor is None or tok.pos_ != "NOUN" or tok.head != governor:
        return False
    if tok.dep_ != "nsubj" and not (tok.dep_ in ("nsubjpass", "dobj") and governor.lemma_.lower() in cues.disclosure_verbs):
        return False  # "the visit was not announced", "did not mention his call with": made known or not, it took place
    if governor.lemma_.lower() in cues.occurrence_verbs:
        return False
    return any(c.dep_ == "poss" or (c.dep_ == "det" and c.lower_ in DEFINITE) for c in tok.children)


def _asked_by_subject(v, cues: Cues) -> bool:
    """Whether `v` heads a "for"-marked infinitive (the mark brings the clause's own subject: "for
    the minister to resign") that the parser hung on a verb whose subject is a noun of asking or
    pressing (`hypothetical_governors`), the clause being what that noun asks: "Calls grew for the
    minister to resign", "Pressure mounted for Israel to allow aid into Gaza" ("It took three days
    for the troops to reach the city": done)."""
    if v.dep_ != "advcl" or not infinitive(v):
        return False
    if not any(c.dep_ == "mark" and c.lower_ == "for" for c in v.children):
        return False
    return _asking_subject(v.head, cues)


def _asked_content(tok, governor, cues: Cues) -> bool:
    """Whether an act noun is what a noun of asking or weighing holds, named by a verb of content
    (`content_verbs`) whose subject that noun is: "Iran's demands include the lifting of all
    sanctions", "the protesters' main demand is the resignation of the president", "their calls
    include the release of political prisoners" (the subject in `hypothetical_governors`)."""
    if tok.dep_ not in ("dobj", "attr") or governor.lemma_.lower() not in cues.content_verbs:
        return False
    return _asking_subject(governor, cues)


def _asking_subject(verb, cues: Cues) -> bool:
    """Whether a verb's subject is a noun of asking, pressing or weighing (`hypothetical_governors`:
    "calls", "pressure", "demands")."""
    subj = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    return subj is not None and subj.pos_ == "NOUN" and subj.lemma_.lower() in cues.hypothetical_governors


def _unadopted(noun, cues: Cues) -> bool:
    """Whether `noun` is a text an `unadopted_governors` verb stopped: the object of "vetoed",
    "blocked", "rejected" ("vetoed a draft resolution"), or the subject of its passive ("a
    resolution ... was vetoed by Russia")."""
    return (noun.dep_ in ("dobj", "nsubjpass") and noun.head.pos_ == "VERB"
            and noun.head.lemma_.lower() in cues.unadopted_governors)


def _called_off(noun, cues: Cues) -> bool:
    """Whether an act noun is what a `calling_off_verbs` verb called off or put back: its object
    ("postponed his visit to China") or the subject of its passive ("the visit was postponed",
    "the trip was called off"): the act did not take place."""
    if noun.pos_ != "NOUN" or noun.dep_ not in ("dobj", "nsubjpass") or noun.head.pos_ != "VERB":
        return False
    return verb_in(noun.head, cues.calling_off_verbs)


def _arranged(v) -> bool:
    """Whether `v` is the "to"-infinitive of a bare "be" that says it is arranged or due ("France
    is to withdraw its troops from Niger", "the ministers are to meet next week", "Putin was to
    sign the decree on Friday"): a plan, or a plan seen from the past, not an act done. Not "be"
    with a complement of its own ("is ready to mediate", "the aim is to"), nor "is yet to"
    (`yet_to`: not done so far)."""
    be = v.head
    return (v.dep_ == "xcomp" and infinitive(v) and be != v and be.lemma_.lower() == "be"
            and any(c.dep_ in ("nsubj", "nsubjpass") for c in be.children)
            and not any(c.dep_ in ("acomp", "attr", "oprd") for c in be.children) and not yet_to(be))


def _headline_plan(v) -> bool:
    """Whether the root "to"-infinitive `v` has a subject of its own before it: headline English
    drops the "is" of an arrangement ("US to send more troops to Middle East", "Russia to expel
    US diplomats", "Germany to phase out coal by 2038" say "is to"), a plan, as `_arranged` reads
    it. A bare infinitive ("To end the war, ...", "Time to talk") names no one's plan. The parser
    may hang a headline's subject as "dep" ("US to impose sanctions")."""
    return any(c.dep_ in ("nsubj", "nsubjpass", "dep") and c.i < v.i and c.pos_ in ("PROPN", "NOUN", "PRON")
               for c in v.children)


def yet_to(verb) -> bool:
    """Whether a "have" or "be" says its infinitive is not done so far: "has yet to respond",
    "is yet to decide"."""
    return verb.lemma_.lower() in ("have", "be") and any(c.dep_ == "advmod" and c.lower_ == "yet" for c in verb.children)


def _negating_governor(v, cues: Cues) -> bool:
    """Whether `v` is what a `negating_governors` verb says was not done: "denied sending",
    "avoided criticising", "refrained from attacking", "prevented protesters from marching" (`preventing_governors`),
    or what "has yet to" / "is yet to" says is not done so far."""
    head = v.head
    if v.dep_ == "xcomp" and yet_to(head):
        return True  # "India has yet to condemn Russia", "is yet to respond": not done so far
    if v.dep_ in ("xcomp", "ccomp") and head.lemma_.lower() in cues.negating_governors:
        # "X accused Y of fraud, a charge Y denies", parsed with the accusation as the ccomp of
        # "denies": a denial with its own object, after the clause, denies that object, not the clause
        return not (v.dep_ == "ccomp" and v.i < head.i and any(c.dep_ == "dobj" for c in head.children))
    # the gerund may be parsed as the object of "from" ("prevented supporters from marching")
    return (v.dep_ in ("pcomp", "pobj") and head.dep_ == "prep" and head.lower_ == "from"
            and head.head.lemma_.lower() in cues.negating_governors | cues.preventing_governors)


def held_back_by(v, cues: Cues):
    """The verb of a `held_back_governors` phrase that holds `v` back ("hesitated to attack",
    "balked at imposing", "stopped short of condemning", "shied away from recognising", "put off
    sending", "was slow to criticise": the verb whose negation counts, "was" there), else None."""
    head = v.head
    if head == v or any(c.dep_ in ("nsubj", "poss") for c in v.children):
        return None  # "wary of China sending troops": another's act, not held back by the subject
    if (v.dep_ == "pcomp" or (v.dep_ == "pobj" and v.tag_ == "VBG")) and head.dep_ == "prep":
        # a gerund: the subject's own act ("wary of sending troops"), never an act noun, which may
        # be another's ("wary of China's deployment of troops")
        intro, gov = head.lower_, head.head
        extra = []
        if gov.dep_ == "advmod" and gov.head.pos_ in ("VERB", "AUX"):
            extra, gov = [gov.lower_], gov.head  # "stopped short of"
    elif v.dep_ == "xcomp" and infinitive(v):
        intro, gov, extra = "to", head, []
    elif v.dep_ in ("xcomp", "advcl") and v.tag_ == "VBG" and v.i > head.i and not any(
            t.is_punct for t in v.doc[head.i + 1 : v.i]):
        intro, gov, extra = "", head, []  # "delayed deploying", "put off sending"
    else:
        return None
    end = v.i if intro in ("", "to") else head.i
    extra += [c.lower_ for c in gov.children
              if c.dep_ in ("prt", "advmod", "dobj") and gov.i < c.i < end and c.lower_ not in extra]
    if " ".join([gov.lemma_.lower(), *extra, intro]).strip() not in cues.held_back_governors:
        return None
    return gov.head if gov.dep_ == "acomp" and gov.head != gov else gov  # "was slow to": "was"


def _held_back(v, cues: Cues) -> bool:
    """Whether `v` is an act held back ("hesitated to attack", "stopped short of condemning"):
    not done. A negated holding back ("did not hesitate to attack") asserts the act."""
    holder = held_back_by(v, cues)
    return holder is not None and not any(
        c.dep_ == "neg" or (c.dep_ == "advmod" and c.lower_ in cues.negation) for c in holder.children)


def _no_subject(v, cues: Cues) -> bool:
    """Whether `v`'s subject is no one: "Neither France nor Germany condemned", "No country has
    recognised"."""
    subj = next((c for c in v.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    return subj is not None and any(
        g.dep_ in ("preconj", "det") and g.lower_ in ("neither", "no") for g in subj.children)


def _possible(tok, cues: Cues) -> bool:
    """An act named only as what may happen ("fears of a Chinese invasion", "the threat of an
    attack", "hopes for talks", "invasion fears"): hypothetical."""
    return named_after(tok, cues.possibility_nouns, ("of", "for")) or _premodified(tok, cues.possible_modifiers)


def _imminent(tok, cues: Cues) -> bool:
    """An act named only as near ("on the verge of attacking Iran", "close to signing a deal",
    `imminence_frames`): not done yet. Read on the trigger and, for an act noun, the gerund it is
    the object of ("close to signing a trade deal")."""
    t = tok
    if t.pos_ == "NOUN" and t.dep_ == "dobj" and t.head.tag_ == "VBG":
        t = t.head
    for _ in range(3):
        if t.dep_ not in ("pobj", "pcomp", "conj") or t.head == t:
            return False
        t = t.head
        if t.pos_ == "ADP" and f"{t.head.lemma_.lower()} {t.lower_}" in cues.imminence_frames:
            return True
    return False


def _planned(tok, cues: Cues) -> bool:
    """An act named as planned or awaited: by a premodifier ("Modi's planned visit", "the
    expected meeting"), by a later time of its own ("next week's talks", "the visit next month")
    or of the "ahead of"/"before" it follows ("ahead of Blinken's visit to Beijing next week").
    The verb it hangs from may be past ("has drawn criticism"): the act is still to come."""
    if tok.pos_ != "NOUN":
        return False
    if _premodified(tok, cues.planned_modifiers) or any(_future_time(c, cues) for c in tok.children):
        return True
    anchor = _anticipated_by(tok, cues)
    return anchor is not None and any(_future_time(c, cues) for c in anchor.children)


def _premodified(tok, words: frozenset[str]) -> bool:
    """Whether an event noun has one of `words` before it, as a word or a hyphenated phrase ("would-be")."""
    if tok.pos_ != "NOUN":
        return False
    doc = tok.doc
    return any(c.lower_ in words or doc[c.left_edge.i : c.right_edge.i + 1].text.lower() in words for c in tok.lefts)


def scheduled_later(tok, cues: Cues) -> bool:
    """Whether the clause of the act `tok` or a verb governing it by control gives it a time after
    now: "to impose sanctions next year", "later this year", "from next month", "by next year",
    "in the coming months" (`_future_time`)."""
    for v in clause_chain(tok):
        for c in v.children:
            if c.dep_ in ("npadvmod", "tmod", "advmod") and _future_time(c, cues):
                return True
            if c.dep_ == "prep" and c.lower_ in cues.later_preps and any(
                    g.dep_ == "pobj" and _future_time(g, cues) for g in c.children):
                return True
    return False


def _future_time(t, cues: Cues) -> bool:
    """Whether `t` names a time after now: "tomorrow", "next week", "the coming days", "later this
    year"; not "the next day", which tells the story's time."""
    if t.pos_ == "NOUN" and t.lower_ in cues.future_time_words:
        return True  # "tomorrow('s)"
    if (t.pos_ == "NOUN" and any(c.dep_ == "det" and c.lower_ == "this" for c in t.children)
            and any(c.dep_ == "advmod" and c.lower_ in cues.later_adverbs for c in t.children)):
        return True  # "later this year"
    mods = {c.lower_ for c in t.children if c.dep_ == "amod"} & cues.future_time_words
    if not mods or t.pos_ not in ("NOUN", "PROPN"):
        return False
    return not (mods == {"next"} and any(c.dep_ == "det" for c in t.children))


def _anticipated_by(tok, cues: Cues):
    """The "ahead", "before", "prior" or "advance" whose object `tok` is ("ahead of the talks",
    "before the summit", "prior to the visit", "in advance of the meeting"), else None."""
    if tok.dep_ != "pobj":
        return None
    p = tok.head
    if p.lower_ in cues.anticipation_words:
        return p
    if p.lower_ in ("of", "to") and p.head.lower_ in cues.anticipation_words:
        return p.head
    return None


def _present(v) -> bool:
    """Whether a clause's verb is in the simple present ("is destroyed", "withdraws", "take")."""
    if any(c.dep_ in ("aux", "auxpass") for c in v.children):
        return all(c.tag_ in ("VBZ", "VBP") for c in v.children if c.dep_ in ("aux", "auxpass"))
    return v.tag_ in ("VBZ", "VBP")


def _alleged(tok, cues: Cues) -> bool:
    """An act named only as what someone is charged with or accused of ("charged with
    attacking", "faces charges of kidnapping", "accused of killing", "assault charges"), or told
    with an adverb of allegation ("he allegedly raped", `allegation_adverbs`): alleged, not
    asserted."""
    if any(c.dep_ == "advmod" and c.lower_ in cues.allegation_adverbs for c in tok.children):
        return True
    if tok.dep_ == "pcomp" and tok.head.lower_ == "by":
        # how what is charged was done: "accused Israel of escalating the violence by killing
        # civilians" (the parser hangs "by killing" on "escalating", or on "accused" itself)
        gov = tok.head.head
        if (gov.lemma_.lower() in cues.allegation_words and means_of_charge(tok.head, gov)) or (
                gov.pos_ == "VERB" and gov.dep_ == "pcomp" and _alleged(gov, cues)):
            return True
    return named_after(tok, cues.allegation_words, ("of", "with"))


_FAVOUR = ("favour", "favor")


def decided(tok, cues: Cues) -> str | None:
    """Whether the act `tok` names is one decided or voted on, not done: the "to"-infinitive of a
    verb or noun of deciding (`decision_governors`, `decision_nouns`: "workers voted to go on
    strike", "the cabinet decided to send troops", "the decision to deploy troops") or a gerund
    voted "for" or "in favour of" ("future", as an announced act); one voted "against" ("voted
    against sending troops") is "negated"; the "to"-infinitive of a verb by which its doer commits
    itself (`committing_governors`: "the EU decided to impose sanctions", "Russia decided to annex
    Crimea") is "committed", done as decided, as an act agreed to is. None otherwise. Whether the
    decision itself does the act is the caller's to say (cues.yaml `decided_done`)."""
    t = tok
    if t.pos_ in ("NOUN", "PROPN"):
        if (voted := _voted_on(t, cues)) is not None:
            return voted  # "voted against sanctions on Turkey", "voted in favour of new sanctions"
        if t.dep_ not in ("dobj", "nsubjpass"):
            return None  # an adjunct ("has the resolution to end unrest amid protests") is no act decided
        t = t.head  # "voted to impose sanctions", "decided to resume talks"
    chain = clause_chain(t)
    for comp, gov in zip(chain, chain[1:]):
        if (comp.dep_ == "xcomp" and (infinitive(comp) or comp.tag_ == "VBG")
                and gov.lemma_.lower() in cues.decision_governors):  # "approved sending troops"
            if infinitive(comp) and gov.lemma_.lower() in cues.committing_governors:
                return "committed"  # "the EU decided to impose sanctions": done as decided, as agreed
            return "future"
    top = chain[-1]
    head = top.head
    if top.dep_ in ("acl", "relcl") and infinitive(top) and head.lemma_.lower() in cues.decision_nouns:
        return "future"  # "the decision to send troops"
    return _voted_on(top, cues)


def authorised(tok, code: str, cues: Cues) -> bool:
    """Whether the act noun `tok` (of CAMEO `code`) is what a verb of approving, not of committing,
    takes as its object or passive subject, and an act of `authorised_roots`: "Congress authorized
    the use of force against Iraq", "parliament approved the deployment of troops", "the strikes
    were approved by the cabinet": allowed, not yet done."""
    if tok.pos_ not in ("NOUN", "PROPN") or tok.dep_ not in ("dobj", "nsubjpass") or tok.head == tok:
        return False
    verb = tok.head.lemma_.lower()
    return (verb in cues.decision_governors and verb not in cues.committing_governors
            and any(code.startswith(r) for r in cues.authorised_roots))


def attempted(tok, code: str, cues: Cues) -> bool:
    """Whether the verb `tok` (of CAMEO `code`) is only tried: the "to"-infinitive of a verb of
    attempting ("Israeli troops trying to arrest a wanted man shot him", "police attempted to detain
    the commander but he escaped"), for an act that is its own result (`unmade_attempt_codes`);
    an attack tried is still made."""
    return (code in cues.unmade_attempt_codes and tok.dep_ in ("xcomp", "advcl") and infinitive(tok)
            and tok.head.lemma_.lower() in cues.attempt_verbs)


def _voted_on(node, cues: Cues) -> str | None:
    """What a vote "for", "in favour of" or "against" a gerund or an act noun leaves of it:
    "future" for, "negated" against; None when `node` is no such phrase's object."""
    head = node.head
    if node.dep_ not in ("pcomp", "pobj") or head.dep_ != "prep" or head == node:
        return None
    word, gov = head.lower_, head.head
    if word == "of" and gov.lower_ in _FAVOUR and gov.head.dep_ == "prep":
        word, gov = "for", gov.head.head  # "voted in favour of sending troops"
    elif word == "of" and any(c.dep_ == "prep" and c.lower_ == "in" and any(g.lower_ in _FAVOUR for g in c.children)
                              for c in gov.children):
        word = "for"  # the same, "of" parsed on the verb
    if gov.lemma_.lower() in cues.decision_governors:
        return {"against": "negated", "for": "future"}.get(word)
    return None


def aired(verb, cues: Cues) -> bool:
    """Whether a verb goes "on" or "to" where words are aired (`platform_nouns`): "went on
    television", "took to Twitter", "attacked China on Twitter"."""
    return any(on_platform(p, cues, ("on", "to")) for p in verb.children)


def on_platform(prep, cues: Cues, words: tuple[str, ...] = ("on",)) -> bool:
    """Whether `prep` is a preposition of `words` whose object is where words are aired
    (`platform_nouns`: "on Twitter", "on state television", "to social media")."""
    return (prep.dep_ == "prep" and prep.lower_ in words
            and any(g.dep_ == "pobj" and g.lemma_.lower() in cues.platform_nouns for g in prep.children))
