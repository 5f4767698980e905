"""The spaCy pipeline's own components: sentence boundaries set before the parser."""

import pytest

from detente.nlp.pipeline import DATELINE


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
