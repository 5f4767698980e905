"""The spaCy pipeline's own components: sentence boundaries set before the parser."""

import pytest

from detente.nlp.pipeline import DATELINE, text_in, text_of


@pytest.mark.parametrize("opening, rest", [
    ("MOSCOW (Reuters) - ", "Russia expelled two Moldovan diplomats on Friday."),
    ("HONG KONG, Nov 18 (Reuters) \u2014 ", "Police fired tear gas at protesters."),
    ("HANOI, Vietnam (AP) \u2014 ", "U.S. Defense Secretary Mark Esper accused China of coercion."),
    ("DOHA (Reuters) - ", "Israel and Hamas agreed to a four-day truce on Wednesday."),
])
def test_a_dateline_is_no_part_of_its_lead_sentence(nlp, opening, rest):
    doc = nlp("Headline of the story\n\n" + opening + rest + " It was the first such move.")
    assert rest in [s.text.strip() for s in doc.sents]  # whole, and from its own first word


@pytest.mark.parametrize("text", ["NATO - the alliance said it would respond.", "The U.S. said it would act."])
def test_a_paragraph_that_opens_with_capitals_and_no_bracket_or_comma_is_no_dateline(text):
    assert DATELINE.match(text) is None


@pytest.mark.parametrize("text, form, lemma", [
    ("Soldiers raped women in the village.", "raped", "rape"),
    ("The men were raping women.", "raping", "rape"),
    ("A judge fined the company $9,000.", "fined", "fine"),
    ("Workers staged a strike on Monday.", "staged", "stage"),
    ("Russia is waging war on Ukraine.", "waging", "wage"),
    ("The opposition lambasted the budget.", "lambasted", "lambaste"),
    ("The opposition lambasts the budget.", "lambasts", "lambaste"),  # the other spelling's forms
    ("Critics will lambast the budget.", "lambast", "lambaste"),
])
def test_inflected_verbs_the_rule_lemmatizer_cuts_short_get_their_own_lemma(nlp, text, form, lemma):
    (tok,) = [t for t in nlp(text) if t.text == form]
    assert tok.lemma_ == lemma  # not "rap", "fin", "stag", "wag", "lambast"


def test_the_mended_lemmas_leave_the_other_words_alone(nlp):
    lemmas = {t.text: t.lemma_ for t in nlp("He rapped on the door and saw the fin of a shark.")}
    assert lemmas["rapped"] == "rap" and lemmas["fin"] == "fin"


def test_a_lemma_table_row_without_a_lemma_is_a_dictionary_error(tmp_path):
    from detente.errors import DictionaryError
    from detente.nlp.pipeline import _lemma_fixes

    path = tmp_path / "lemmas.tsv"
    path.write_text("form\tpos\tlemma\nraped\tverb\t\n", encoding="utf-8")
    with pytest.raises(DictionaryError, match="line 2"):
        _lemma_fixes.__wrapped__(path)


def test_text_in_cuts_each_span_as_spacy_joins_its_tokens(nlp):
    doc = nlp("KYIV (Reuters) - Russia  shelled Kharkiv on Monday.\n\nUkraine\u2019s army said: \u201cWe will respond.\u201d "
              "Officials met in Geneva ")
    for span in (*doc.sents, doc[2:7], doc[-3:], doc[4:5]):
        assert text_in(span) == span.text
    assert text_of(doc) == doc.text
