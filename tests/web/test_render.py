from detente.web.render import Mark, highlight, marks_for


def test_overlapping_marks_are_flat_pieces_with_all_classes():
    text = "Xi said <b>hi</b> to Putin. Then left."
    marks = [Mark(0, 26, "ev", {"ev": "0"}), Mark(0, 2, "act", {"actor": "CHNGOV"}), Mark(21, 26, "act", {"actor": "RUSGOV"}),
             Mark(0, 26, "ev", {"ev": "1"}), Mark(50, 60, "act", {"actor": "BAD"})]
    html = str(highlight(text, marks))
    assert html.count('id="ev-0"') == 1 and html.count('id="ev-1"') == 1
    assert '<span class="act ev" data-actor="CHNGOV" data-ev="0 1">Xi</span>' in html
    assert "&lt;b&gt;hi&lt;/b&gt;" in html and "<b>" not in html
    assert html.endswith(" Then left.")
    assert "BAD" not in html  # out-of-range offsets are not drawn


def test_marks_for_an_article_dict():
    art = {"events": [{"idx": 3, "start": 0, "end": 5, "source": "USA", "target": None, "cameo": "010", "modality": "asserted"}],
           "quotes": [{"idx": 0, "start": 1, "end": 3, "speaker": None}],
           "actors": [{"code": "USA", "name": "United States", "mentions": [{"start": 0, "end": 2}]}]}
    html = str(highlight("US hi", marks_for(art)))
    assert 'id="ev-3"' in html and 'class="act ev"' in html and "quote" in html
