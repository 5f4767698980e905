"""Towns the gazetteer does not know: a capitalised name a place noun marks as a town, village,
city, district, province or region ("the town of Walikale", "the northern city of Um Rawaba",
"Zari district") is a place, and the place of one country, read like a known place (`via="place"`;
setting.py `place_towns` gives it its country).

Its country is, in this order:
1. the one country its own phrase names: a demonym or possessive before the noun ("the Syrian town
   of Qusayr", "southern Lebanon's village of Khiam"), a country after a comma ("Saraqeb, Syria")
   or after "in" ("the village of Aita al-Shaab in southern Lebanon");
2. else the country in context (setting.py `country_in_context`: its paragraph's earlier
   sentences, else the dateline, else the article's home), only when
   - the story is not merely filed there ("WASHINGTON - M23 rebels captured the town of Walikale":
     a dateline whose country the body never names places nothing, as in `place_in_context`);
   - its sentence names no other country by name or capital ("Kenya and Somalia traded blame
     after militants attacked the town of Mandera"): the town might be either's;
   - its sentence names none of that country's own state or forces by their country ("MOSCOW -
     Russian forces captured the village of Pobeda"): a state's forces take towns abroad.
Failing both it stays unknown. Either way the tagger's person in the name is no person ("the
town of Kitengela" is not a private individual): see `town_names`.
"""

from __future__ import annotations

from spacy.tokens import Doc

#: how far before its place noun a town's "the" may be ("the strategic northern mining town of")
_MAX_MODIFIERS = 4


def town_names(doc: Doc, words: dict) -> list[tuple[int, int, int]]:
    """(first token, end token, place noun token) of each name a place noun marks as a town: "the
    town of Walikale", "the eastern city of Um Rawaba", "Lebanon's village of Khiam" (`town_nouns`,
    with "the" or a possessive before it, singular), or "Zari district", "Abra province"
    (`town_suffixes`; not a compass word alone: "Eastern Province"). A name followed by a
    possessive ("the city of Kyiv's outskirts") is read as it is."""
    found = []
    particles = words["name_particles"]
    for t in doc:
        low = t.lower_
        if low in words["town_nouns"] and t.tag_ == "NN" and t.i + 2 < len(doc) and doc[t.i + 1].lower_ == "of" \
                and _determined(doc, t.i):
            end = _name_end(doc, t.i + 2, particles)
            if end > t.i + 2 and not (end < len(doc) and doc[end].lower_ in ("'s", "\u2019s")):
                found.append((t.i + 2, end, t.i))
        elif low in words["town_suffixes"] and t.tag_ == "NN" and t.i > 0 and _capital(doc[t.i - 1]):
            start = t.i - 1
            while start > 0 and (_capital(doc[start - 1]) or (doc[start - 1].lower_ in particles and start > 1
                                                              and _capital(doc[start - 2]))):
                start -= 1
            names = doc[start:t.i]
            if names[0].sent.start == start or names[0].i == 0:
                continue  # "Province officials said": a sentence's first word is capitalised anyway
            if doc[start - 1].text in ("-", "\u2013"):
                continue  # "the Asia-Pacific district": the end of a longer name
            if all(n.lower_ in words["compass_words"] for n in names if n.lower_ not in particles):
                continue
            if all(n.pos_ == "PROPN" for n in names if n.lower_ not in particles):
                found.append((start, t.i, t.i))
    return found


def _capital(t) -> bool:
    return t.is_alpha and t.text[0].isupper() and not t.is_sent_start and not t.text.isupper()


def _name_end(doc: Doc, i: int, particles: frozenset[str]) -> int:
    """One past the capitalised name starting at token `i` ("Walikale", "Mocimboa da Praia",
    "Aita al-Shaab"); `i` when none starts there."""
    end = i
    j = i
    while j < len(doc):
        t = doc[j]
        if _capital(t):
            j += 1
            end = j
        elif (t.lower_ in particles or t.text == "-") and end > i and j + 1 < len(doc):
            j += 1  # "da", "al", "-": only inside a name
        else:
            break
    return end


def _determined(doc: Doc, noun: int) -> bool:
    """The place noun has "the" or a possessive before its modifiers: "the (northern) town of",
    "Lebanon's village of"; not "a town of 5,000 people"."""
    for j in range(noun - 1, max(-1, noun - 2 - _MAX_MODIFIERS), -1):
        t = doc[j]
        if t.lower_ == "the" or t.lower_ in ("'s", "\u2019s"):
            return True
        if t.pos_ not in ("ADJ", "NOUN", "PROPN", "PUNCT", "ADV", "VERB") or t.text in (",", ".", ";", ":"):
            return False
    return False
