from hypothesis import given, settings
from hypothesis import strategies as st

from detente.quotes.marks import find_segments

MARKS = st.text(alphabet=st.sampled_from(list("ab .,\n\"“”‘’«»'")), max_size=80)


def test_straight_curly_and_apostrophes():
    text = "He said “yes” and \"no\". Trump‘s plan and the countries’ leaders. ‘Go home,’ she said."
    got = [[text[s.start : s.end] for s in c] for c in find_segments(text)]
    assert got == [["yes"], ["no"], ["Go home,"]]


def test_paragraph_continuation_chains():
    text = "“First part.\n\n“Second part,” he said.\n\n“Unrelated.”"
    got = [[text[s.start : s.end] for s in c] for c in find_segments(text)]
    assert got == [["First part.", "Second part,"], ["Unrelated."]]


@settings(max_examples=200, deadline=None)
@given(MARKS)
def test_segments_are_well_formed(text):
    for chain in find_segments(text):
        for s in chain:
            assert 0 <= s.open_at < s.start <= s.end <= len(text)
            assert s.close_at is None or s.end <= s.close_at
