"""events/build.py `_states_own`: the people a state's organ coerces, named by a bare role that took
the article's context country, are of the doer's country."""

from __future__ import annotations

from detente.actors.types import Mention
from detente.events.build import _states_own
from detente.events.lexicon import Lexicon


def _m(code: str, via: str = "name") -> Mention:
    return Mention(text="x", start=0, end=1, tok_start=0, tok_end=1, actor=0, code=code, via=via)


def test_a_state_organ_coerces_its_own_people_not_the_datelines():
    cues = Lexicon.load().cues
    for doer in ("CHN", "CHNCOP", "CHNGOV", "CHNJUD"):  # a state named as itself or by one of its organs
        (target,) = _states_own([_m("USAOPP", via="context")], [_m(doer)], "173", cues)
        assert target.code == "CHNOPP", doer
    # a named country of its own, a doer of no state role, or an act of no coercion: as they are
    assert _states_own([_m("USAOPP")], [_m("CHNCOP")], "173", cues)[0].code == "USAOPP"
    assert _states_own([_m("USAOPP", via="context")], [_m("CHNREB")], "173", cues)[0].code == "USAOPP"
    assert _states_own([_m("USAOPP", via="context")], [_m("CHNCOP")], "111", cues)[0].code == "USAOPP"
