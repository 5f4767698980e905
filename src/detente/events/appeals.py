"""What an appeal or a demand asks for, and questions that ask for nothing.

- An appeal (02) or a demand (10) coded only by its root's own code takes the subcode of the act
  it asks for (`asked_code`): "urged Sweden to extradite the suspects" is an appeal for judicial
  cooperation (0213), "demanded the release of its citizens" a demand for a release (1053),
  "demanded that China withdraw its troops" one for de-escalation (1056), by the lexicon's
  `appeal` / `demand` tables (cues.yaml), as `intent` codes what is promised.
- "Asked whether ..." puts a question, no appeal (`inquiry`).
"""

from __future__ import annotations

from .clauses import governed_trigger
from .lexicon import Lexicon
from .triggers import Trigger

#: the dependency labels of what an appeal's or demand's word governs that can name the act asked
#: for: its "to"-infinitive ("urged X to free"), its "that"-clause ("demanded that X free"), its
#: object ("demanded the release of"), and, below a noun, its clause ("calls for X to free",
#: "a demand that X free")
_ASKED = ("xcomp", "ccomp", "dobj", "acl", "relcl", "advcl")


def asked_code(code: str, trig: Trigger, triggers: dict[int, Trigger], lexicon: Lexicon) -> str:
    """The code of an appeal or demand (`code`, 020 or 100) by the act it asks for: the first coded
    act its trigger word governs (through a preposition's object: "called for the release of",
    "appealed to X to lay down arms"), recoded by cues.yaml `appeal` or `demand`; `code` itself when
    it asks for no coded act, for one negated ("urged Iran not to retaliate") or for one of a root
    the table does not list (a demand to "pressure India" is no subtype). A row that names its
    object ("seek asylum" 020) has chosen its code for it, and keeps it."""
    cues = lexicon.cues
    table = cues.appeal if code == "020" else cues.demand if code == "100" else None
    if table is None or trig.pattern.heads:
        return code
    tok = trig.tok
    stops = cues.stopping_verbs | cues.negating_governors | cues.cessation_nouns
    asked = governed_trigger(tok, triggers, cues.circumstance, deps=_ASKED, depth=5, stops=stops)
    if asked is None or not asked.pattern.code or "say" in asked.pattern.flags:
        return code
    if any(c.dep_ == "neg" for c in asked.tok.children):
        return code
    return lexicon.recode(table, asked.pattern.code) or code


def inquiry(tok, cues) -> bool:
    """Whether a verb of asking (`inquiry_verbs`) only puts a question: its clause is an indirect
    question ("asked whether France would recognise a Palestinian state", "asked the minister if
    troops would be sent", "asked why the talks failed") and it asks no one to do anything (no
    "to"-infinitive, no "for" phrase: "asked Japan for aid", "asked Kyiv to withdraw")."""
    if tok.lemma_.lower() not in cues.inquiry_verbs:
        return False
    if any(c.dep_ == "xcomp" or (c.dep_ == "prep" and c.lower_ == "for") for c in tok.children):
        return False
    # the parser may read an "if" question after an object as a condition: "asked the president
    # if he would meet Kim" (an adverbial clause), still a question put to him
    return any(c.dep_ in ("ccomp", "advcl") and _question(c, cues) for c in tok.children) or _quoted_question(tok)


def _quoted_question(tok) -> bool:
    """Whether a verb of asking reports a quotation that ends in a question mark ('"Why should
    China pay for this?" the minister asked'): the words asked are a question, whatever the parser
    hangs on the verb (it may take a name in the quote for its object). The parser may end the
    sentence with the quotation, leaving the attribution a sentence of its own."""
    for t in tok.doc[max(tok.sent.start - 2, 0):tok.i]:
        if t.text == "?" and t.i + 1 < tok.i and tok.doc[t.i + 1].tag_ == "''":
            return True
    return False


def _question(clause, cues) -> bool:
    """Whether a clause is an indirect question: marked "whether"/"if" (`question_marks`) or opened
    by a wh-word ("why the talks failed", "what Iran wanted")."""
    first = clause.left_edge
    return (any(m.dep_ == "mark" and m.lower_ in cues.question_marks for m in clause.children)
            or first.tag_ in ("WDT", "WP", "WP$", "WRB"))
