import pytest

from detente.actors.types import Mention, Resolution
from detente.model import Actor
from detente.quotes import find_quotes


def _direct(quotes):
    return [q for q in quotes if q.direct]


def _match(quotes, starts_with):
    hits = [q for q in quotes if q.text.startswith(starts_with)]
    assert hits, f"no quote starting {starts_with!r} in {[q.text[:40] for q in quotes]}"
    return hits[0]


def _seed_resolution(doc):
    """What the actors stage gives for the seed: Xi/Putin names and the two 'He's resolved."""
    actors = [
        Actor(code="CHNGOV", name="Xi Jinping", country="CHN", role="GOV", kind="person"),
        Actor(code="RUSGOV", name="Vladimir Putin", country="RUS", role="GOV", kind="person"),
    ]
    mentions = []
    text = doc.text

    def add(tok_i, tok_j, actor):
        span = doc[tok_i:tok_j]
        mentions.append(Mention(span.text, span.start_char, span.end_char, tok_i, tok_j, actor, actors[actor].code))

    for t in doc:
        if t.text == "Xi":
            add(t.i, t.i + 1, 0)
        elif t.text == "Putin":
            add(t.i, t.i + 1, 1)
    he_xi = doc.char_span(text.index("He stated"), text.index("He stated") + 2)
    he_putin = doc.char_span(text.index("He discussed"), text.index("He discussed") + 2)
    add(he_xi.start, he_xi.end, 0)
    add(he_putin.start, he_putin.end, 1)
    return Resolution(actors=actors, mentions=mentions).index()


def test_seed_gold_quotes_without_resolution(seed):
    doc, gold = seed
    quotes = _direct(find_quotes(doc, None))
    assert len(quotes) == len(gold["quotes"])
    for g in gold["quotes"]:
        q = _match(quotes, g["starts_with"])
        assert q.speaker == g["speaker"], g["note"] if "note" in g else g
        assert q.speaker_actor is None
        assert doc.text[q.start : q.end] == q.text


def test_seed_gold_quotes_with_resolution(seed):
    doc, gold = seed
    quotes = _direct(find_quotes(doc, _seed_resolution(doc)))
    for g in gold["quotes"]:
        q = _match(quotes, g["starts_with"])
        assert (q.speaker, q.speaker_actor) == (g["speaker"], g["speaker_actor"])
        assert q.cue == "state"


def test_seed_apostrophe_mark_is_not_a_quote(seed):
    doc, _ = seed
    assert not any("Trump" in q.text and q.direct for q in find_quotes(doc, None))


@pytest.mark.parametrize(
    "text, starts, speaker, cue",
    [
        ("“We will not blink first,” Putin said. Vladimir Putin spoke in Moscow.", "We will not", "Vladimir Putin", "say"),
        ("Foreign Minister Wang Yi spoke. “Asia must not become an arena,” said the minister.", "Asia must", "Wang Yi", "say"),
        ("\"The commitment is ironclad,\" according to a senior official.", "The commitment", "a senior official", "according to"),
        ("Kremlin aide Yuri Ushakov told reporters: \"The meeting will take place in Alaska.\"", "The meeting", "Yuri Ushakov", "tell"),
        ("“Voters are not buying” the inquiry, Trump said at a rally.", "Voters are not", "Trump", "say"),
        ("“Go out and vote for your great governor!” Trump tweeted on Monday.", "Go out and vote", "Trump", "tweet"),
    ],
)
def test_frames(nlp, text, starts, speaker, cue):
    q = _match(find_quotes(nlp(text), None), starts)
    assert (q.speaker, q.cue) == (speaker, cue)


def test_split_quote_is_one_quote(nlp):
    text = "“The ceasefire is holding,” Antonio Guterres said, “but it is fragile.”"
    quotes = _direct(find_quotes(nlp(text), None))
    assert len(quotes) == 1
    q = quotes[0]
    assert q.text == "The ceasefire is holding, but it is fragile."
    assert text[q.start : q.start + 3] == "The" and text[q.end - 8 : q.end] == "fragile."
    assert q.speaker == "Antonio Guterres"


def test_multi_paragraph_quote(nlp):
    text = (
        "Hungarian Prime Minister Viktor Orban spoke in Budapest.\n\n"
        "“The union has lost its way. It answers to no one.\n\n"
        "“Hungary will not pay for this war,” he said."
    )
    quotes = _direct(find_quotes(nlp(text), None))
    assert len(quotes) == 1
    assert quotes[0].text.startswith("The union has lost its way.") and quotes[0].text.endswith("this war,")
    assert quotes[0].speaker == "Viktor Orban"


def test_scare_quotes_and_titles_are_not_quotes(nlp):
    text = (
        "Moscow rejected the so-called “peace formula” of Kyiv. The film “Oppenheimer” opened in Tokyo. "
        "Critics called it a \"containment\" strategy. The report, “Energy Security in a Fragmenting World Order,” was published."
    )
    assert _direct(find_quotes(nlp(text), None)) == []


def test_unframed_quote_after_a_quote_keeps_the_speaker(nlp):
    text = "Kenyan President William Ruto landed. “This mission is about hope,” he said. “It is not about occupation.”"
    quotes = _direct(find_quotes(nlp(text), None))
    assert [q.speaker for q in quotes] == ["William Ruto", "William Ruto"]


def test_indirect_speech(nlp):
    text = "Ukrainian President Volodymyr Zelenskyy said on Saturday that his forces had repelled a large assault."
    quotes = find_quotes(nlp(text), None)
    assert len(quotes) == 1 and not quotes[0].direct
    q = quotes[0]
    assert q.text == "his forces had repelled a large assault"
    assert q.speaker == "Volodymyr Zelenskyy" and q.cue == "say"
    assert text[q.start : q.end] == q.text


def test_title_speaker_uses_resolution(nlp):
    text = "The talks ended. “We will respond,” the minister said."
    doc = nlp(text)
    tok = [t for t in doc if t.text == "minister"][0]
    actor = Actor(code="IRNGOV", name="Abbas Araghchi", country="IRN", role="GOV", kind="person")
    m = Mention("the minister", tok.idx - 4, tok.idx + len(tok), tok.i - 1, tok.i + 1, 0, "IRNGOV", via="title")
    res = Resolution(actors=[actor], mentions=[m]).index()
    q = _direct(find_quotes(doc, res))[0]
    assert (q.speaker, q.speaker_actor) == ("Abbas Araghchi", "IRNGOV")
    # without the actors stage the title stays as written: nothing in the text names the minister
    assert _direct(find_quotes(doc, None))[0].speaker == "the minister"


def test_empty_and_quote_free_text(nlp):
    assert find_quotes(nlp(""), None) == []
    assert _direct(find_quotes(nlp("Oil prices rose 3 percent on Monday."), None)) == []


# --- naming and characterising verbs: partial quotes in the subject's words ----------------


@pytest.mark.parametrize(
    "text, starts, speaker, cue",
    [
        (
            "Chilean Finance Minister Rosa Valdes asked lawmakers to drop what she called "
            "“a reform written for the banks and nobody else.”",
            "a reform written for the banks", "Rosa Valdes", "call",
        ),
        (
            "Kenyan opposition leader Peter Omondi, speaking in Kisumu, called the tax plan "
            "“a direct attack on every family that buys bread”.",
            "a direct attack on every family", "Peter Omondi", "call",
        ),
        (
            "Polish Defence Minister Adam Nowicki dismissed reports of a split inside the coalition as "
            "“stories invented by people who have never attended a cabinet meeting.”",
            "stories invented by people", "Adam Nowicki", "dismiss",
        ),
    ],
)
def test_naming_verbs_introduce_the_subjects_partial_quote(nlp, text, starts, speaker, cue):
    q = _match(find_quotes(nlp(text)), starts)
    assert (q.speaker, q.cue, q.direct) == (speaker, cue, False)


def test_naming_verbs_keep_titles_short_phrases_and_demands_out(nlp):
    for text in (
        # a title after a participle with no subject of its own
        "The festival opened with a documentary called “Rivers That Remember the Dead Of The Valley”.",
        # two words or fewer after a naming verb: a name or a term, not a quote
        "Senator Lena Park called the budget “a disaster” on Tuesday.",
        "Critics called the plan “Parkonomics” from the start.",
        # a demand, not a name
        "The envoy called for “an immediate halt to all attacks on the port and its workers”.",
        # "dismiss" needs "as"
        "Minister Ivo Kral dismissed the adviser “who had leaked the draft to three newspapers” on Monday.",
    ):
        assert [q for q in find_quotes(nlp(text)) if text[q.start - 1] in "“\""] == [], text


@pytest.mark.parametrize(
    "text, starts, speaker, direct",
    [
        ("“We will win this election,” Senator Ana Reyes said.", "We will win", "Ana Reyes", True),
        ("Senator Ana Reyes said: “We will win this election.”", "We will win", "Ana Reyes", True),
        # words set into the writer's sentence: partial, the sentence's speaker's
        (
            "Ambassador Liu Wen warned that the government “will not sit on its hands” if the unrest grows.",
            "will not sit", "Liu Wen", False,
        ),
        ("Mayor Tom Hale said the outages had been “terribly disruptive” for families.", "terribly disruptive", "Tom Hale", False),
        ("Governor Jo Pike said that “$53 million a week is coming across the border.”", "$53 million", "Jo Pike", False),
        ("“Voters here aren’t buying” the inquiry, Senator Ana Reyes said at a rally.", "Voters here", "Ana Reyes", False),
        (
            "At the moment, “we will not roll the dice on public safety,” chief executive Andy Vesey said.",
            "we will not roll", "Andy Vesey", False,
        ),
    ],
)
def test_direct_and_partial_quotes(nlp, text, starts, speaker, direct):
    q = _match(find_quotes(nlp(text)), starts)
    assert (q.speaker, q.direct) == (speaker, direct)


@pytest.mark.parametrize(
    "text",
    [
        # a quoted name set before its noun: a term
        "China said it is committed to the “one country, two systems” formula for the city.",
        # poll wording: nobody's words
        "Fifty-one percent say that “the president’s actions were wrong and he should be removed from office.”",
        # imagined words
        "The fund will be left to wonder: “what did we do to deserve this?”",
        "Soon the voters will scream, “Enough already, just go and vote.”",
        # an account name
        "Officials said the party renamed its press account “factcheckUK” during the debate.",
    ],
)
def test_not_quotes(nlp, text):
    assert [q for q in find_quotes(nlp(text)) if text[q.start - 1] in "“\""] == [], text


def test_closing_marks_set_as_two_single_ones(nlp):
    text = "“It was an attempt to mislead voters,’’ Will Moy, chief executive of Full Fact, told the BBC."
    q = _match(find_quotes(nlp(text)), "It was an attempt")
    assert q.text == "It was an attempt to mislead voters," and q.speaker == "Will Moy" and q.direct


def test_a_frame_right_after_the_closing_mark_keeps_the_quote_whole(nlp):
    text = "“We have never had demand like that, and we continue to see it” Kevin Mayer said."
    q = _match(find_quotes(nlp(text)), "We have never had")
    assert (q.speaker, q.direct) == ("Kevin Mayer", True)


def test_a_text_speaks_but_a_reader_is_no_frame(nlp):
    text = "“The session lasts for fifteen minutes and leaves you refreshed,” the description on the website reads."
    q = _match(find_quotes(nlp(text)), "The session lasts")
    assert q.speaker == "the description on the website" and q.direct
    text = "Senator Adam Reed lied about his contacts with the “whistleblower,” read into the record a new transcript."
    assert [q for q in find_quotes(nlp(text)) if q.text.startswith("whistleblower")] == []


def test_a_participle_naming_verb_takes_its_clauses_subject(nlp):
    text = "The victim's mother testified, describing her daughter as “brave, strong, and smart” before the jury."
    q = _match(find_quotes(nlp(text)), "brave, strong")
    assert (q.speaker, q.direct, q.cue) == ("The victim's mother", False, "describe")


def test_partial_quote_carries_its_sentence_as_context():
    import detente
    from pathlib import Path
    import tempfile

    text = ("Senate fight over the courts\n\nWASHINGTON (AP) — Senator Chuck Grassley on Tuesday criticised the "
            "White House proposal to add judges.\n\nGrassley called the plan \"a constitutional crisis in the making\" "
            "that would weaken the courts.\n")
    with tempfile.TemporaryDirectory() as d:
        p = Path(d) / "page.txt"
        p.write_text(text, encoding="utf-8")
        (a,) = detente.analyze([str(p)])
    partial = [q for q in a.quotes if not q.direct]
    assert partial, a.quotes
    q = partial[0]
    assert "constitutional crisis" in q.text
    assert a.article.text[q.context_start:q.context_end].startswith("Grassley called the plan")
