"""Reader for users' TABARI/PETRARCH verb dictionaries (``*.verbs.txt``), into `Pattern`s.

The format (PETRARCH2 ``docs/source/dictionaries.rst``, TABARI manual ch. 5), as read here::

    &CURRENCY                     # a synset: &NAME, then one "+phrase" per line
    +DOLLARS                      # plurals are added (+S, Y->IES, SS->SES) unless the
    +SWISS_FRANCS                 #   phrase or the label ends with "_"
    --- GRANT  [070] ---          # a verb block; its code is the default of its verbs
    GRANT                         # a verb (regular forms come from the lemmatizer)
    GIVE {GAVE GIVEN}  [071]      # irregular forms in {...}; a verb's own code in [...]
    +BREAK_DOWN {+BROKE_DOWN}     # a synonym; words joined by "_" must be consecutive
    WIRE_+TAP                     # in a multi-word verb, "+" marks the verb itself
    - SAID * &CURRENCY  [903]     # a pattern: words before / after the verb ("*" or "**")
    - + WAS_ * TO_ ^ FROM $ [174] # $ source, + target, % compound actor, ^ a skipped phrase
    - * DEADLOCK  [102:103]       # "a:b": a from source to target, b from target to source

A block code with a question mark (``--- SAYS [023?] ---``) is questionable: its verbs are read
as reporting verbs that code only when the clause they report codes nothing better (the
built-in ``say`` flag). Codes: ``---`` (and anything that is not two to four digits, like TABARI's ``+++``/``###``
markers) codes no event but still blocks the verb's less specific patterns. Digit codes
outside CAMEO (a test dictionary's 21, 34, 90, or 174K) are accepted as the user's own: they
get no PLOVER type. Patterns with disjunctive sets ``(...)``/``{...}`` or undefined synsets
are skipped, as PETRARCH skips them. Comments: ``#`` and ``;`` to the end of a line, and
``<!-- ... -->`` (also over several lines). A malformed line is skipped with one
`DictionaryWarning` per file (count and first line), as PETRARCH does; a missing file, or one of
which nothing can be read, is a `DictionaryError` naming the file.
"""

from __future__ import annotations

import re
from pathlib import Path

from ..errors import DictionaryError, warn_skipped
from .lexicon import Pattern, Slot

_BRACKET = re.compile(r"\[([^\]]*)\]")
_MARKERS = {"$", "+", "%", "^"}
NULL_CODE = ""


def read_verbs(path: str | Path) -> list[Pattern]:
    """Parse a TABARI/PETRARCH verb dictionary into patterns (all flagged `user`). A malformed
    line is skipped with one `DictionaryWarning` per file, as PETRARCH does; a block whose
    header is malformed is skipped whole, its verbs and patterns with it."""
    path = str(path)
    if not Path(path).is_file():
        raise DictionaryError("verb dictionary not found; check the --verbs path", source=path)
    skipped: list[DictionaryError] = []
    # pass 1: synset phrases (usable before their definition) and the blocks in order
    raw_sets: dict[str, list[tuple[str, bool]]] = {}
    blocks: list[tuple[str | None, list, list[tuple[int, str]]]] = []  # (code; None: skipped block, verbs, pattern lines)
    label: str | None = None
    weak: list[bool] = []  # per block: a "[023?]" code, coded only when nothing better is
    for n, text in _lines(path):
        try:
            if text.startswith("---"):
                label = None
                codes = _BRACKET.findall(text)
                weak.append(bool(codes) and codes[0].strip().endswith("?"))
                blocks.append((None, [], []))
                blocks[-1] = (_code(codes[0], path, n) if codes else NULL_CODE, [], [])
            elif text.startswith("&"):
                word = text.split()[0]
                label = word.rstrip("_").upper()
                raw_sets.setdefault(label, [])
                plural = not word.endswith("_")
                raw_sets[label].append(("", plural))  # remembers the label's plural rule
            elif text.startswith("+") and label is not None:
                raw_sets[label].append((text[1:].strip(), raw_sets[label][0][1]))
            elif blocks and blocks[-1][0] is None:
                continue  # a line of a skipped block
            elif text.startswith("-"):
                label = None
                if not blocks or not blocks[-1][1]:
                    raise DictionaryError(f"line {n}: a pattern before any verb ('--- VERB [code] ---' then the verb)", source=path)
                blocks[-1][2].append((n, text[1:].strip()))
            else:
                label = None
                if not blocks:
                    raise DictionaryError(f"line {n}: verb {text.split()[0]!r} before any '--- VERB [code] ---' line", source=path)
                blocks[-1][1].extend((n, v) for v in _verb_line(text, blocks[-1][0], path, n))
        except DictionaryError as exc:
            skipped.append(exc)
    synsets = _expand_sets(raw_sets)
    # pass 2: each block's verbs, bare and with each of the block's patterns
    out: list[Pattern] = []
    for (block_code, verbs, patterns), is_weak in zip(blocks, weak):
        if block_code is None:
            continue
        out.extend(_bare(verbs, weak=is_weak and block_code))
        for n, text in patterns:
            try:
                out.extend(_pattern(text, [v for _, v in verbs], synsets, path, n))
            except DictionaryError as exc:
                skipped.append(exc)
    skipped.sort(key=lambda e: int(e.message.split(":")[0].split()[-1]) if e.message.startswith("line ") else 0)
    warn_skipped(path, skipped, len(out))
    return out


def _expand_sets(raw: dict[str, list[tuple[str, bool]]]) -> dict[str, list[tuple[str, ...]]]:
    out: dict[str, list[tuple[str, ...]]] = {}

    def expand(label: str, depth: int) -> list[tuple[str, ...]]:
        if label in out:
            return out[label]
        alts: list[tuple[str, ...]] = []
        for phrase, plural in raw.get(label, [])[1:]:
            if phrase.startswith("&"):  # a synset inside a synset ("+&TIETYPES")
                if depth < 4:
                    alts.extend(expand(phrase.rstrip("_").upper(), depth + 1))
                continue
            words = tuple(w.lower() for w in re.split(r"[_\s]+", phrase.rstrip("_")) if w)
            if not words:
                continue
            alts.append(words)
            if plural and not phrase.endswith("_"):
                alts.append(words[:-1] + (_plural(words[-1]),))
        out[label] = alts
        return alts

    for label in raw:
        expand(label, 0)
    return out


def _lines(path: str) -> list[tuple[int, str]]:
    raw = Path(path).read_text(encoding="utf-8", errors="replace").splitlines()
    out: list[tuple[int, str]] = []
    in_comment = False
    for n, line in enumerate(raw, 1):
        if in_comment:
            if "-->" not in line:
                continue
            line = line.split("-->", 1)[1]
            in_comment = False
        line = re.sub(r"<!--.*?-->", " ", line)
        if "<!--" in line:
            line, in_comment = line.split("<!--", 1)[0], True
        line = re.split(r"\s#|^#|;", line, maxsplit=1)[0]
        text = line.strip()
        if text:
            out.append((n, text))
    return out


def _code(body: str, path: str, n: int) -> str:
    """The event code of a [...] field: digits (a "a:b" pair keeps both), or NULL_CODE."""
    body = body.strip().rstrip("?")
    for part in body.split(":"):
        if not part.strip():
            raise DictionaryError(f"line {n}: empty code in [{body}]", source=path)
    return body


def _split_code(code: str) -> tuple[str, str | None]:
    fwd, _, rev = code.partition(":")
    return _clean(fwd), (_clean(rev) if rev else None)


def _clean(code: str) -> str:
    code = code.strip()
    return code if re.fullmatch(r"\d{2,4}[A-Za-z]?", code) else NULL_CODE


def _irregular(text: str) -> list[str]:
    m = re.search(r"\{([^}]*)\}", text)
    return [w.lstrip("+") for w in m.group(1).split()] if m else []


def _verb_line(text: str, block_code: str, path: str, n: int):
    """(trigger, before slots, after slots, own code) for a verb line and its irregular forms."""
    own = _BRACKET.findall(text)
    code = _code(own[0], path, n) if own else None
    head = re.sub(r"\{[^}]*\}|\[[^\]]*\]", " ", text).strip().lstrip("+").strip()
    if not head:
        raise DictionaryError(f"line {n}: a verb line with no verb", source=path)
    out = []
    for form in [head, *_irregular(text)]:
        words = [w for w in re.split(r"[_\s]+", form.strip()) if w]
        if not words:
            continue
        at = next((i for i, w in enumerate(words) if w.startswith("+")), 0)
        words = [w.lstrip("+") for w in words]
        before = tuple(Slot(frozenset({(w.lower(),)}), True) for w in words[:at])
        after = tuple(Slot(frozenset({(w.lower(),)}), True) for w in words[at + 1 :])
        out.append((words[at].lower(), before, after, code or block_code))
    return out


def _bare(verbs, *, weak: str = "") -> list[Pattern]:
    """The verb on its own codes the verb's (or its block's) code. A block code marked
    questionable ("--- SAYS [023?] ---") makes its verbs reporting verbs (flag `say`): they code
    only when the clause they report codes nothing better."""
    out = []
    for n, (trigger, before, after, code) in verbs:
        fwd, rev = _split_code(code)
        flags = frozenset({"say"}) if weak and code == weak else frozenset()
        out.append(_make(trigger, before, after, fwd, rev, n, flags))
    return out


def _make(trigger, before, after, code, rev, n, roles) -> Pattern:
    return Pattern(
        trigger, "V", None, None, (), code, frozenset({"user"}) | roles, n,
        before=before, after=after, reverse_code=rev,
    )


def _plural(word: str) -> str:
    if word.endswith("y") and len(word) > 1 and word[-2] not in "aeiou":
        return word[:-1] + "ies"
    if word.endswith(("ss", "sh", "ch", "x")):
        return word + "es"
    return word + "s"


def _pattern(text: str, block, synsets, path: str, n: int) -> list[Pattern]:
    codes = _BRACKET.findall(text)
    if not codes:
        raise DictionaryError(f"line {n}: pattern {text[:40]!r} has no [code]", source=path)
    body = _BRACKET.split(text)[0]
    if re.search(r"[(){}]", body):
        return []  # disjunctive sets: skipped, as PETRARCH does
    code = _code(codes[-1], path, n)
    seq: list[tuple[str, bool]] = []  # (word, joined by "_" to the word before it)
    for chunk in body.split():
        parts = chunk.split("_")
        for k, p in enumerate(parts):
            if p:
                seq.append((p, k > 0 and bool(parts[k - 1])))
    star = [i for i, (w, _) in enumerate(seq) if w in ("*", "**")]
    if len(star) != 1:
        raise DictionaryError(f"line {n}: pattern {text[:40]!r} needs exactly one '*' for the verb", source=path)
    s = star[0]
    roles: set[str] = set()
    before: list[Slot] = []
    after: list[Slot] = []
    prev_word: str | None = None
    for i, (w, joined) in enumerate(seq):
        if i == s:
            prev_word = None
            continue
        if w in _MARKERS:
            if i > s and w in "$+":
                # "FROM $": the source is that preposition's object; "* +": the direct object
                roles.add(("src:" if w == "$" else "tgt:") + (prev_word or "object"))
            elif i < s and w == "+":
                roles.add("tgt:subject")  # "+ WAS_ * ...": a passive's subject is the target
            prev_word = None
            continue
        if w.startswith("&"):
            alts = synsets.get(w.rstrip("_").upper())
            if not alts:
                return []  # an undefined (or empty) synset: skipped, as PETRARCH does
            slot_alts = frozenset(alts)
        else:
            slot_alts = frozenset({(w.lower(),)})
        if i < s:  # before the verb: joined to the next word (towards the verb)
            before.append(Slot(slot_alts, seq[i + 1][1] and seq[i + 1][0] not in _MARKERS))
        else:  # after the verb: joined to the word before it (the verb, for the first)
            after.append(Slot(slot_alts, joined and seq[i - 1][0] not in _MARKERS))
        prev_word = w.lower() if i > s else None
    out = []
    fwd, rev = _split_code(code)
    for trigger, vb, va, _own in block:
        out.append(_make(trigger, vb + tuple(before), va + tuple(after), fwd, rev, n, frozenset(roles)))
    return out
