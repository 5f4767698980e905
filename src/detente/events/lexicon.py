"""The event lexicon: verb/noun patterns, CAMEO code tables and modality cues, loaded once.

All of it is data under ``src/detente/data/events/`` (format in that folder's README.md);
this module reads it, checks every row (an unknown CAMEO code, a bad field count, an unknown
flag are `DictionaryError`s naming the file and line) and indexes the patterns by
``(part of speech, lemma)`` so the coder does one dict lookup per token.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path


from ..datafiles import read_utf8, read_yaml
from ..errors import DictionaryError

DATA_DIR = Path(__file__).resolve().parent.parent / "data" / "events"
POS = {"V", "N", "A"}
FLAGS = {"sym", "say", "intent", "reject", "light", "content", "label", "armed", "under", "people", "patient", "office", "attackers", "alone", "command", "removal", "experiencer", "retort", "labour", "given", "gather", "vowed", "void", "state", "clause", "inquirer", "report", "deadline"}
CUE_LISTS = (
    "negation",
    "future_aux",
    "future_governors",
    "prediction_verbs",
    "schedule_governors",
    "hypothetical_aux",
    "hypothetical_marks",
    "time_marks",
    "press_nouns",
    "interview_verbs",
    "platform_nouns",
    "question_marks",
    "inquiry_verbs",
    "asking_roots",
    "content_verbs",
    "addressee_preps",
    "victim_clause_roots",
    "stopping_verbs",
    "demand_modals",
    "due_nouns",
    "retribution_verbs",
    "retribution_nouns",
    "retribution_alone_verbs",
    "retribution_aux",
    "demand_semimodals",
    "mandative_verbs",
    "asking_only_verbs",
    "reciprocal",
    "frontier_nouns",
    "medium_preps",
    "medium_nouns",
    "quantity_nouns",
    "frame_nouns",
    "target_preps",
    "source_preps",
    "agent_hung_preps",
    "conditional_marks",
    "location_roots",
    "posture_roots",
    "posture_preps",
    "abroad_force_roots",
    "abroad_preps",
    "home_strike_codes",
    "dissent_roots",
    "crowd_words",
    "dyadic_roots",
    "inquiry_roles",
    "answer_codes",
    "unknown_attacker_roots",
    "place_preps",
    "commercial_roles",
    "venue_preps",
    "venue_roots",
    "beside_nouns",
    "beside_frames",
    "circumstance",
    "defiance_preps",
    "defiance_objects",
    "defied_roots",
    "stative_passives",
    "hypothetical_governors",
    "command_governors",
    "negating_governors",
    "claiming_verbs",
    "preventing_governors",
    "possibility_nouns",
    "planned_modifiers",
    "possible_modifiers",
    "future_time_words",
    "anticipation_words",
    "late_marks",
    "notice_adjuncts",
    "disclosure_verbs",
    "focus_adverbs",
    "held_back_governors",
    "report_nouns",
    "unadopted_governors",
    "document_nouns",
    "issuing_verbs",
    "doing_verbs",
    "calling_off_verbs",
    "undoing_verbs",
    "undone_codes",
    "purpose_done_governors",
    "accord_verbs",
    "occasion_preps",
    "occasion_codes",
    "sequel_preps",
    "sequel_codes",
    "done_act_preps",
    "duration_nouns",
    "undergone_nouns",
    "approach_preps",
    "approached_spaces",
    "test_words",
    "test_waters",
    "suffered_setting_preps",
    "perishing_verbs",
    "state_restrictions",
    "judged_deed_roots",
    "deed_judging_roots",
    "setting_preps",
    "hosting_verbs",
    "mediation_codes",
    "fronted_setting_preps",
    "call_preps",
    "call_codes",
    "manner_preps",
    "manner_roots",
    "topic_roots",
    "owner_roots",
    "about_act_roots",
    "speaker_roots",
    "caption_openers",
    "attributive_participles",
    "aiming_verbs",
    "occurrence_verbs",
    "credit_marks",
    "topic_preps",
    "topic_verbs",
    "nonevent_heads",
    "sports_words",
    "athlete_nouns",
    "transfer_roots",
    "foreign_agents",
    "national_roles",
    "election_words",
    "armed_roles",
    "verbal_fights",
    "retort_speech",
    "speaker_participles",
    "hearing_verbs",
    "later_preps",
    "later_adverbs",
    "excluding_governors",
    "authorised_roots",
    "unmade_attempt_codes",
    "audience_governors",
    "political_roles",
    "weapons",
    "launching_verbs",
    "harm_verbs",
    "instrument_verbs",
    "joining_verbs",
    "reacting_roots",
    "allegation_words",
    "allegation_adverbs",
    "refusal_verbs",
    "unrefused_roots",
    "idea_nouns",
    "verbal_attacks",
    "verbal_roles",
    "verbal_targets",
    "search_raids",
    "search_roles",
    "command_chain",
    "removal_roles",
    "commanded_roles",
    "undergo_verbs",
    "inducing_verbs",
    "enlisting_verbs",
    "blaming_verbs",
    "premises_nouns",
    "meddling_nouns",
    "provoking_verbs",
    "provoked_roots",
    "marching_roles",
    "protested_roles",
    "festive_purposes",
    "reaction_preps",
    "subset_preps",
    "reaction_place_roots",
    "reaction_place_frames",
    "broker_verbs",
    "forecast_verbs",
    "possibility_modals",
    "effect_verbs",
    "unnamed_doer_roots",
    "outward_measures",
    "employed_roles",
    "striking_roles",
    "public_strike_words",
    "labour_centre_words",
    "backing_roots",
    "owned_reaction_roots",
    "rebuttal_verbs",
    "rebutted_roots",
    "deed_verbs",
    "retaliation_verbs",
    "release_nouns",
    "release_appeal_roots",
    "rebuttal_frames",
    "echo_verbs",
    "undergo_preps",
    "under_verbs",
    "own_act_frames",
    "joint_act_frames",
    "held_frames",
    "held_codes",
    "deliberation_verbs",
    "undergo_nouns",
    "wish_verbs",
    "advocacy_nouns",
    "origin_preps",
    "gathering_nouns",
    "gathering_preps",
    "meeting_nouns",
    "visit_codes",
    "unit_nouns",
    "passage_nouns",
    "passage_preps",
    "private_traveller_roles",
    "duty_verbs",
    "ability_nouns",
    "stance_preps",
    "imminence_frames",
    "refusing_governors",
    "persuading_verbs",
    "decision_governors",
    "inversion_aux",
    "committing_governors",
    "decision_nouns",
    "decided_done",
    "deciding_roles",
    "leaving_nouns",
    "sports_story_words",
    "shared_sports_words",
    "accusation_labels",
    "misdeed_verbs",
    "failure_verbs",
    "failure_duties",
    "label_frames",
    "label_copulas",
    "conduct_verbs",
    "dismissal_verbs",
    "retort_words",
    "felt_nouns",
    "attempt_verbs",
    "misdeed_acts",
    "disapproval_words",
    "approval_labels",
    "approval_words",
    "ability_preps",
    "approval_act_words",
    "kin_nouns",
    "performance_nouns",
    "responsibility_words",
    "harm_nouns",
    "situation_nouns",
    "call_purposes",
    "seizure_codes",
    "gift_roots",
    "receiving_verbs",
    "held_roots",
    "judging_roots",
    "weapon_kill_codes",
    "territory_nouns",
    "domestic_codes",
    "repression_codes",
    "state_roles",
    "threat_kind_roots",
    "host_preps",
    "separate_powers",
    "local_titles",
    "cessation_nouns",
    "purpose_apart_roots",
    "cessation_roots",
    "conjunct_target_roots",
    "publication_verbs",
    "publication_nouns",
    "proposal_verbs",
    "proposal_nouns",
    "captivity_verbs",
    "grievance_preps",
    "charge_reporting_verbs",
)


def quad_class(code: str) -> int:
    """GDELT's QuadClass from the CAMEO root: 01-05 verbal coop, 06-09 material coop, 10-14 verbal
    conflict, 15-20 material conflict; 0 for a user's code outside CAMEO."""
    root = int(code[:2])
    if not 1 <= root <= 20:
        return 0  # a user dictionary's code outside CAMEO
    if root <= 5:
        return 1
    if root <= 9:
        return 2
    if root <= 14:
        return 3
    return 4


@dataclass(frozen=True, slots=True)
class Slot:
    """A word position of a dictionary pattern: any of `alts` (each a run of consecutive
    words); `adjacent` when it must touch its neighbour towards the verb (TABARI's "_")."""

    alts: frozenset[tuple[str, ...]]
    adjacent: bool = False


@dataclass(frozen=True, slots=True)
class Pattern:
    """One row of patterns.tsv, or one pattern of a user's TABARI/PETRARCH verb dictionary."""

    trigger: str
    pos: str
    prep: str | None
    heads: frozenset[str] | None  # object head lemmas (V); for N, the head of its preposition's object ("the imposition of sanctions")
    mods: tuple[frozenset[str], ...]  # required modifiers, each a set of alternatives
    code: str
    flags: frozenset[str]
    line: int
    # user dictionary patterns: words before / after the verb, in order (TABARI semantics)
    before: tuple[Slot, ...] = ()
    after: tuple[Slot, ...] = ()
    reverse_code: str | None = None  # "[a:b]": b is coded from the target back to the source

    @property
    def specificity(self) -> int:
        words = sum(max(len(a) for a in s.alts) for s in self.before + self.after)
        return (2 if self.prep else 0) + (2 if self.heads else 0) + 2 * len(self.mods) + 2 * words

    @property
    def roles(self) -> dict[str, str]:
        """Role hints of a dictionary pattern: {"src"|"tgt": preposition | "object" | "subject"}."""
        return dict(f.split(":", 1) for f in self.flags if ":" in f)


@dataclass(frozen=True, slots=True)
class CodeInfo:
    code: str
    name: str
    goldstein: float
    plover: str | None  # None for a user dictionary's code outside CAMEO


@dataclass(frozen=True, slots=True)
class Cues:
    negation: frozenset[str]
    future_aux: frozenset[str]
    future_governors: frozenset[str]
    prediction_verbs: frozenset[str]
    schedule_governors: frozenset[str]
    hypothetical_aux: frozenset[str]
    hypothetical_marks: frozenset[str]
    time_marks: frozenset[str]
    press_nouns: frozenset[str]
    interview_verbs: frozenset[str]
    platform_nouns: frozenset[str]
    question_marks: frozenset[str]
    inquiry_verbs: frozenset[str]
    asking_roots: frozenset[str]
    content_verbs: frozenset[str]
    addressee_preps: frozenset[str]
    victim_clause_roots: frozenset[str]
    stopping_verbs: frozenset[str]
    demand_modals: frozenset[str]
    due_nouns: frozenset[str]
    retribution_verbs: frozenset[str]
    retribution_nouns: frozenset[str]
    retribution_alone_verbs: frozenset[str]
    retribution_aux: frozenset[str]
    reciprocal: frozenset[str]
    frontier_nouns: frozenset[str]
    medium_preps: frozenset[str]
    medium_nouns: frozenset[str]
    quantity_nouns: frozenset[str]
    frame_nouns: frozenset[str]
    target_preps: tuple[str, ...]
    source_preps: frozenset[str]
    agent_hung_preps: frozenset[str]
    conditional_marks: frozenset[str]
    location_roots: frozenset[str]
    posture_roots: frozenset[str]
    posture_preps: frozenset[str]
    abroad_force_roots: frozenset[str]
    abroad_preps: frozenset[str]
    home_strike_codes: frozenset[str]
    dissent_roots: frozenset[str]
    crowd_words: frozenset[str]  # a subject that is only a count of people or a crowd ("Thousands rallied")
    dyadic_roots: frozenset[str]
    inquiry_roles: frozenset[str]  # doers whose questioning is an inquiry (a row flagged `inquirer`)
    answer_codes: frozenset[str]
    unknown_attacker_roots: frozenset[str]
    place_preps: frozenset[str]
    commercial_roles: frozenset[str]
    venue_preps: frozenset[str]
    venue_roots: frozenset[str]
    beside_nouns: frozenset[str]
    beside_frames: frozenset[str]
    circumstance: frozenset[str]
    defiance_preps: frozenset[str]  # "despite", "amid": a reaction an act went ahead against (build._defied)
    defiance_objects: frozenset[str]  # a reaction's own object phrase ("amid criticism of X"): not the clause's doer's
    defied_roots: frozenset[str]  # the reactions so aimed at the clause's doer: disapproval
    stative_passives: frozenset[str]
    hypothetical_governors: frozenset[str]
    command_governors: frozenset[str]
    negating_governors: frozenset[str]
    claiming_verbs: frozenset[str]
    preventing_governors: frozenset[str]
    possibility_nouns: frozenset[str]
    planned_modifiers: frozenset[str]
    possible_modifiers: frozenset[str]
    future_time_words: frozenset[str]
    anticipation_words: frozenset[str]
    late_marks: frozenset[str]
    notice_adjuncts: frozenset[str]
    disclosure_verbs: frozenset[str]
    focus_adverbs: frozenset[str]
    held_back_governors: frozenset[str]
    report_nouns: frozenset[str]
    unadopted_governors: frozenset[str]
    document_nouns: frozenset[str]
    issuing_verbs: frozenset[str]
    doing_verbs: frozenset[str]
    calling_off_verbs: frozenset[str]
    undoing_verbs: frozenset[str]
    undone_codes: frozenset[str]
    purpose_done_governors: frozenset[str]
    accord_verbs: frozenset[str]
    occasion_preps: frozenset[str]
    occasion_codes: frozenset[str]
    sequel_preps: frozenset[str]
    sequel_codes: frozenset[str]
    done_act_preps: frozenset[str]
    duration_nouns: frozenset[str]
    undergone_nouns: frozenset[str]
    approach_preps: frozenset[str]
    approached_spaces: frozenset[str]
    test_words: frozenset[str]
    test_waters: frozenset[str]
    suffered_setting_preps: frozenset[str]
    perishing_verbs: frozenset[str]
    state_restrictions: frozenset[str]
    judged_deed_roots: frozenset[str]
    deed_judging_roots: frozenset[str]
    setting_preps: frozenset[str]
    hosting_verbs: frozenset[str]
    mediation_codes: frozenset[str]
    fronted_setting_preps: frozenset[str]
    call_preps: frozenset[str]
    call_codes: frozenset[str]
    manner_preps: frozenset[str]
    manner_roots: frozenset[str]
    topic_roots: frozenset[str]
    owner_roots: frozenset[str]
    about_act_roots: frozenset[str]
    speaker_roots: frozenset[str]
    caption_openers: frozenset[str]
    credit_marks: frozenset[str]
    topic_preps: frozenset[str]
    topic_verbs: frozenset[str]
    nonevent_heads: frozenset[str]
    sports_words: frozenset[str]
    athlete_nouns: frozenset[str]
    transfer_roots: frozenset[str]
    foreign_agents: frozenset[str]
    national_roles: frozenset[str]
    refusal_verbs: frozenset[str]
    unrefused_roots: frozenset[str]
    idea_nouns: frozenset[str]
    verbal_attacks: frozenset[str]
    verbal_roles: frozenset[str]
    verbal_targets: frozenset[str]
    search_raids: frozenset[str]
    search_roles: frozenset[str]
    command_chain: frozenset[str]
    removal_roles: frozenset[str]
    commanded_roles: frozenset[str]
    undergo_verbs: frozenset[str]
    inducing_verbs: frozenset[str]
    enlisting_verbs: frozenset[str]
    blaming_verbs: frozenset[str]
    meddling_nouns: frozenset[str]  # meddling judged: its "in" phrase is the victim, not the target (arguments.find_targets)
    premises_nouns: frozenset[str]  # a state's premises an act lone "on" them was done to, not blamed on (arguments._blamed_on)
    provoking_verbs: frozenset[str]
    provoked_roots: frozenset[str]
    marching_roles: frozenset[str]
    protested_roles: frozenset[str]
    festive_purposes: frozenset[str]
    reaction_preps: frozenset[str]
    subset_preps: frozenset[str]
    reaction_place_frames: frozenset[str]  # "was greeted with anger in Beijing" (build._undergone)
    reaction_place_roots: frozenset[str]  # "sparked outrage in Tokyo": the country that reacted (build._reacting_country)
    broker_verbs: frozenset[str]
    forecast_verbs: frozenset[str]
    possibility_modals: frozenset[str]
    effect_verbs: frozenset[str]
    unnamed_doer_roots: frozenset[str]
    outward_measures: frozenset[str]
    employed_roles: frozenset[str]
    striking_roles: frozenset[str]
    public_strike_words: frozenset[str]
    labour_centre_words: frozenset[str]
    backing_roots: frozenset[str]
    owned_reaction_roots: frozenset[str]  # "drew the ire of Beijing": the "of" phrase reacted (build._undergone)
    rebuttal_verbs: frozenset[str]
    rebutted_roots: frozenset[str]
    deed_verbs: frozenset[str]  # deeds a later "the decision", "the move" names, coded or not (anaphora.deeds)
    retaliation_verbs: frozenset[str]  # acts in return, aimed at the last blow's doer when no target is named (anaphora.retaliated)
    release_nouns: frozenset[str]  # a release asked for is asked of whoever holds the one to be freed (anaphora.holders)
    release_appeal_roots: frozenset[str]
    rebuttal_frames: frozenset[str]
    echo_verbs: frozenset[str]
    undergo_preps: frozenset[str]
    under_verbs: frozenset[str]  # "drew fire from X": a row flagged `under` undergone as their object (triggers._matches)
    own_act_frames: frozenset[str]
    joint_act_frames: frozenset[str]  # "is in talks with": a joint act one takes part in (build.noun_event)
    held_frames: frozenset[str]  # "is in custody": an arrest its subject undergoes (build.held_in_frame)
    held_codes: frozenset[str]
    deliberation_verbs: frozenset[str]
    undergo_nouns: frozenset[str]
    wish_verbs: frozenset[str]
    advocacy_nouns: frozenset[str]
    origin_preps: frozenset[str]
    gathering_nouns: frozenset[str]
    gathering_preps: frozenset[str]
    meeting_nouns: frozenset[str]
    visit_codes: frozenset[str]
    unit_nouns: frozenset[str]
    passage_nouns: frozenset[str]
    passage_preps: frozenset[str]
    private_traveller_roles: frozenset[str]
    duty_verbs: frozenset[str]
    ability_nouns: frozenset[str]
    stance_preps: frozenset[str]
    imminence_frames: frozenset[str]
    refusing_governors: frozenset[str]
    persuading_verbs: frozenset[str]
    decision_governors: frozenset[str]
    inversion_aux: frozenset[str]
    committing_governors: frozenset[str]
    decision_nouns: frozenset[str]
    decided_done: frozenset[str]
    deciding_roles: frozenset[str]
    leaving_nouns: frozenset[str]
    sports_story_words: frozenset[str]
    shared_sports_words: frozenset[str]
    accusation_labels: frozenset[str]
    misdeed_verbs: frozenset[str]
    failure_verbs: frozenset[str]
    failure_duties: frozenset[str]
    label_frames: frozenset[str]
    label_copulas: frozenset[str]
    conduct_verbs: frozenset[str]
    dismissal_verbs: frozenset[str]
    retort_words: frozenset[str]
    felt_nouns: frozenset[str]
    attempt_verbs: frozenset[str]
    misdeed_acts: frozenset[str]
    disapproval_words: frozenset[str]
    approval_labels: frozenset[str]
    approval_words: frozenset[str]
    ability_preps: frozenset[str]
    approval_act_words: frozenset[str]
    kin_nouns: frozenset[str]
    performance_nouns: frozenset[str]
    responsibility_words: frozenset[str]
    harm_nouns: frozenset[str]
    situation_nouns: frozenset[str]
    call_purposes: frozenset[str]
    election_words: frozenset[str]
    armed_roles: frozenset[str]
    verbal_fights: frozenset[str]
    retort_speech: frozenset[str]
    speaker_participles: frozenset[str]
    hearing_verbs: frozenset[str]
    later_preps: frozenset[str]
    later_adverbs: frozenset[str]
    excluding_governors: frozenset[str]
    authorised_roots: frozenset[str]
    unmade_attempt_codes: frozenset[str]
    audience_governors: frozenset[str]
    political_roles: frozenset[str]
    weapons: frozenset[str]
    launching_verbs: frozenset[str]
    harm_verbs: frozenset[str]  # "shot and wounded three people": whom the force was done to
    instrument_verbs: frozenset[str]
    joining_verbs: frozenset[str]
    reacting_roots: frozenset[str]
    allegation_words: frozenset[str]
    allegation_adverbs: frozenset[str]
    seizure_codes: frozenset[str]
    gift_roots: frozenset[str]
    receiving_verbs: frozenset[str]
    held_roots: frozenset[str]
    judging_roots: frozenset[str]
    weapon_kill_codes: frozenset[str]
    territory_nouns: frozenset[str]
    domestic_codes: frozenset[str]
    repression_codes: frozenset[str]
    state_roles: frozenset[str]
    threat_kind_roots: frozenset[str]
    host_preps: frozenset[str]
    separate_powers: frozenset[str]
    local_titles: frozenset[str]
    cessation_nouns: frozenset[str]
    purpose_apart_roots: frozenset[str]
    cessation_roots: frozenset[str]
    conjunct_target_roots: frozenset[str]  # "protested to Japan and demanded an apology" (coder._conjunct_targets)
    publication_verbs: frozenset[str]
    publication_nouns: frozenset[str]
    proposal_verbs: frozenset[str]  # "put forward a plan": whom a later "the plan" or "it" names (anaphora.proposed)
    proposal_nouns: frozenset[str]
    grievance_preps: frozenset[str]  # "rejected criticism over X": X is no target (build.verb_event)
    captivity_verbs: frozenset[str]  # "hostages held by Hamas": whom their release is asked of (arguments.captors)
    charge_reporting_verbs: frozenset[str]  # "Kyiv said X, an accusation Moscow denied": the charge's maker (anaphora.charge_makers)
    aiming_verbs: frozenset[str]  # "the sanctions target X": the act noun's target is the object (build.noun_event)
    attributive_participles: frozenset[str]  # "told visiting President Macron": the person's attribute (roles.attributive_participle)
    occurrence_verbs: frozenset[str]
    demand_semimodals: frozenset[str]
    mandative_verbs: frozenset[str]
    asking_only_verbs: frozenset[str]  # "demanded that the companies halt": asked, whatever the subject (modality._mandated)
    demand_code: str
    directive_code: str
    intent: dict[str, str] = field(hash=False)
    reject: dict[str, str] = field(hash=False)
    appeal: dict[str, str] = field(hash=False, default_factory=dict)
    demand: dict[str, str] = field(hash=False, default_factory=dict)
    threat: dict[str, str] = field(hash=False, default_factory=dict)
    armed_senses: dict[str, str] = field(hash=False, default_factory=dict)
    state_force: dict[str, str] = field(hash=False, default_factory=dict)
    state_complaint: dict[str, str] = field(hash=False, default_factory=dict)
    domestic_sanctions: dict[str, str] = field(hash=False, default_factory=dict)
    interstate_force: dict[str, str] = field(hash=False, default_factory=dict)
    repression_force: dict[str, str] = field(hash=False, default_factory=dict)
    occupation_force: dict[str, str] = field(hash=False, default_factory=dict)
    approach_force: dict[str, str] = field(hash=False, default_factory=dict)
    test_force: dict[str, str] = field(hash=False, default_factory=dict)  # "test-fired a missile" (senses._weapon_test)
    war_kills: dict[str, str] = field(hash=False, default_factory=dict)  # "Israeli forces killed 40 Palestinians" (senses._war_killing)
    court_senses: dict[str, str] = field(hash=False, default_factory=dict)
    guest_senses: dict[str, str] = field(hash=False, default_factory=dict)  # "welcomed Xi": hosted (senses._guest)
    weapon_force: dict[str, str] = field(hash=False, default_factory=dict)
    negated_objects: dict[str, str] = field(hash=False, default_factory=dict)
    implied_agents: dict[str, str] = field(hash=False, default_factory=dict)
    anaphoric_nouns: dict[str, str] = field(hash=False, default_factory=dict)
    dissent_nouns: dict[str, str] = field(hash=False, default_factory=dict)
    #: quantity_nouns | frame_nouns: the nouns a verb's object is read through ("a series of
    #: lawsuits"), joined once here rather than at every pattern tried (triggers.py)
    see_through_nouns: frozenset[str] = frozenset()


@dataclass(frozen=True, slots=True)
class Lexicon:
    """Patterns indexed by (pos, lemma), the CAMEO code table and the cue lists."""

    patterns: dict[tuple[str, str], tuple[Pattern, ...]] = field(hash=False)
    codes: dict[str, CodeInfo] = field(hash=False)
    cues: Cues
    #: lemmas of the built-in speech verbs ("say", "announce"): a user dictionary's bare entry for
    #: one of them reports a clause, and codes only when that clause codes nothing better
    speech: frozenset[str] = frozenset()
    #: lemmas of the verbs whose participle's "by" agent is not the owner of the noun it describes:
    #: brokers (`broker_verbs`: "a truce brokered by Egypt") and verbs whose plain rows react to an
    #: act (`reacting_roots`: "the attack condemned by the UN", "the plan rejected by Israel"), where
    #: "efforts made by Russia" are Russia's (events/roles.py `phrase_mentions`)
    third_parties: frozenset[str] = frozenset()

    @classmethod
    def load(cls, *, data_dir: Path | str | None = None, verbs_files: tuple[str | Path, ...] = ()) -> "Lexicon":
        """Load and validate the lexicon (the built-in data unless `data_dir` names another
        folder holding patterns.tsv, cameo_codes.tsv, cameo_plover.tsv and cues.yaml), plus the
        users' TABARI/PETRARCH verb dictionaries in `verbs_files`: a verb a user dictionary
        lists is coded by that dictionary's patterns only. Cached per arguments."""
        folder = str(Path(data_dir).resolve()) if data_dir else str(DATA_DIR)
        return _load(folder, tuple(str(Path(f).resolve()) for f in verbs_files))

    def lookup(self, pos: str, lemma: str) -> tuple[Pattern, ...]:
        return self.patterns.get((pos, lemma), ())

    def info(self, code: str) -> CodeInfo:
        """Name, Goldstein score and PLOVER type of a code; a user dictionary's code outside
        CAMEO ("34", "174K") gets its nearest CAMEO parent's score, or 0, and no PLOVER type."""
        hit = self.codes.get(code)
        if hit is not None:
            return hit
        return _user_info(self.codes, code)

    def recode(self, table: dict[str, str], code: str) -> str | None:
        """The code `table` (cues.intent / cues.reject) gives `code`: longest prefix wins."""
        for n in range(len(code), 1, -1):
            hit = table.get(code[:n])
            if hit:
                return hit
        return None


def _user_info(codes: dict[str, CodeInfo], code: str) -> CodeInfo:
    for n in range(len(code) - 1, 1, -1):
        parent = codes.get(code[:n])
        if parent is not None and code[:2] == parent.code[:2]:
            return CodeInfo(code, f"user code {code}", parent.goldstein, None)
    return CodeInfo(code, f"user code {code}", 0.0, None)


@lru_cache(maxsize=8)
def _load(folder: str, verbs_files: tuple[str, ...] = ()) -> Lexicon:
    d = Path(folder)
    names, goldstein = _read_codes(d / "cameo_codes.tsv")
    plover = _read_plover(d / "cameo_plover.tsv", names)
    codes = {}
    for code in names:
        codes[code] = CodeInfo(code, names[code], goldstein[code], _nearest(plover, code) or "")
    cues = _read_cues(d / "cues.yaml", names)
    patterns = _read_patterns(d / "patterns.tsv", names)
    if (d / "nominalizations.tsv").is_file():
        patterns = _nominalize(patterns, _read_nominalizations(d / "nominalizations.tsv", patterns))
    speech = frozenset(lemma for (pos, lemma), pats in patterns.items() if pos == "V" and any("say" in p.flags for p in pats))
    if verbs_files:
        from .tabari import read_verbs  # the user dictionary reader builds on Pattern

        user: dict[tuple[str, str], list[Pattern]] = {}
        for path in verbs_files:
            for pat in read_verbs(path):
                user.setdefault((pat.pos, pat.trigger), []).append(pat)
        patterns = dict(patterns)
        for key, pats in user.items():
            patterns[key] = tuple(sorted(pats, key=lambda p: -p.specificity))
    third_parties = cues.broker_verbs | frozenset(
        lemma for (pos, lemma), pats in patterns.items()
        if pos == "V" and (plain := [p for p in pats if not p.heads and not p.prep])
        and all(p.code[:2] in cues.reacting_roots for p in plain))
    return Lexicon(patterns=patterns, codes=codes, cues=cues, speech=speech, third_parties=third_parties)


def _nearest(table: dict[str, str], code: str) -> str | None:
    for n in range(len(code), 1, -1):
        if code[:n] in table:
            return table[code[:n]]
    return None


def _rows(path: Path, ncols: int):
    header_seen = False
    for n, raw in enumerate(read_utf8(path).splitlines(), 1):
        if not raw.strip() or raw.lstrip().startswith("#"):
            continue
        cols = raw.split("\t")
        if not header_seen and cols[0] == "code":
            header_seen = True
            continue
        if len(cols) != ncols:
            raise DictionaryError(
                f"line {n}: expected {ncols} TAB-separated fields, found {len(cols)}: {raw.strip()[:60]!r}",
                source=str(path),
            )
        yield n, [c.strip() for c in cols]


def _read_codes(path: Path) -> tuple[dict[str, str], dict[str, float]]:
    names: dict[str, str] = {}
    gold: dict[str, float] = {}
    for n, (code, name, score) in _rows(path, 3):
        if not (code.isdigit() and 2 <= len(code) <= 4):
            raise DictionaryError(f"line {n}: {code!r} is not a CAMEO code (2-4 digits)", source=str(path))
        try:
            value = float(score)
        except ValueError:
            raise DictionaryError(f"line {n}: Goldstein score {score!r} is not a number", source=str(path)) from None
        if not -10.0 <= value <= 10.0:
            raise DictionaryError(f"line {n}: Goldstein score {value} outside -10..10", source=str(path))
        names[code], gold[code] = name, value
    return names, gold


def _read_plover(path: Path, names: dict[str, str]) -> dict[str, str]:
    table: dict[str, str] = {}
    for n, (code, plover, _mode, _ctx, _name) in _rows(path, 5):
        if code not in names:
            raise DictionaryError(f"line {n}: unknown CAMEO code {code!r} (not in cameo_codes.tsv)", source=str(path))
        if not plover.isupper():
            raise DictionaryError(f"line {n}: PLOVER type {plover!r} must be an upper-case name", source=str(path))
        table.setdefault(code, plover)
    return table


def _words(field_: str) -> frozenset[str]:
    return frozenset(w for w in field_.split("|") if w)


def _read_patterns(path: Path, names: dict[str, str]) -> dict[tuple[str, str], tuple[Pattern, ...]]:
    index: dict[tuple[str, str], list[Pattern]] = {}
    for n, (trigger, pos, prep, obj, code, flags, _notes) in _rows(path, 7):
        where = f"line {n}"
        if not trigger or trigger == "-" or trigger != trigger.lower():
            raise DictionaryError(f"{where}: trigger {trigger!r} must be a lower-case lemma", source=str(path))
        if pos not in POS:
            raise DictionaryError(f"{where}: pos {pos!r} must be one of V, N, A", source=str(path))
        if code == "---":
            code = ""  # a sense that is no event ("admitted refugees"): matched, codes nothing
        elif code not in names:
            raise DictionaryError(f"{where}: unknown CAMEO code {code!r} (not in cameo_codes.tsv)", source=str(path))
        flagset = frozenset() if flags == "-" else frozenset(f.strip() for f in flags.split(","))
        bad = flagset - FLAGS
        if bad:
            raise DictionaryError(
                f"{where}: unknown flag {sorted(bad)[0]!r} (known: {', '.join(sorted(FLAGS))})", source=str(path)
            )
        words = [] if obj == "-" else obj.split()
        if pos == "V" or prep != "-":  # a noun's preposition's object, as a verb's ("ban on rallies")
            heads = _words(words[-1]) if words else None
            mods = tuple(_words(w) for w in words[:-1])
        else:  # nouns and adjectives: the column lists the trigger's own modifiers
            heads, mods = None, tuple(_words(w) for w in words)
        pat = Pattern(trigger, pos, None if prep == "-" else prep.lower(), heads, mods, code, flagset, n)
        index.setdefault((pos, trigger), []).append(pat)
    # most specific first; a stable sort keeps file order among equals
    return {k: tuple(sorted(v, key=lambda p: -p.specificity)) for k, v in index.items()}


def _read_nominalizations(path: Path, patterns) -> dict[str, str]:
    """noun -> verb: the nouns that name a verb's act ("annexation" -> "annex")."""
    table: dict[str, str] = {}
    for n, (noun, verb, _notes) in _rows(path, 3):
        if noun != noun.lower() or verb != verb.lower() or not noun or not verb:
            raise DictionaryError(f"line {n}: noun and verb must be lower-case lemmas", source=str(path))
        if ("V", verb) not in patterns:
            raise DictionaryError(f"line {n}: verb {verb!r} has no row in patterns.tsv", source=str(path))
        table[noun] = verb
    return table


#: verb rows a noun does not inherit: speech, control and naming verbs report or recode a
#: clause the noun does not have
_VERB_ONLY = frozenset({"say", "intent", "reject", "label"})


def _nominalize(patterns, nouns: dict[str, str]) -> dict[tuple[str, str], tuple[Pattern, ...]]:
    """Give each noun of `nouns` its verb's rows, after its own: the verb's object is the noun's
    "of" phrase ("the annexation of Crimea", "the expulsion of diplomats") or a modifier of it
    ("export curbs", "the asset freeze"); a verb's preposition stays the noun's ("the shooting
    at protesters")."""
    out = dict(patterns)
    for noun, verb in nouns.items():
        derived: list[Pattern] = []
        for p in patterns[("V", verb)]:
            if p.flags & _VERB_ONLY:
                continue
            base = dict(trigger=noun, pos="N", code=p.code, flags=p.flags, line=p.line)
            if p.prep:
                derived.append(Pattern(prep=p.prep, heads=p.heads, mods=p.mods, **base))
            elif p.heads:
                derived.append(Pattern(prep="of", heads=p.heads, mods=p.mods, **base))
                derived.append(Pattern(prep=None, heads=None, mods=p.mods + (p.heads,), **base))
            else:
                derived.append(Pattern(prep=None, heads=None, mods=p.mods, **base))
        own = list(patterns.get(("N", noun), ()))
        out[("N", noun)] = tuple(sorted(own + derived, key=lambda p: -p.specificity))
    return out


def _read_cues(path: Path, names: dict[str, str]) -> Cues:
    data = read_yaml(path, "the modality and sense cues")
    known = set(CUE_LISTS) | {"intent", "reject", "appeal", "demand", "threat", "armed_senses", "state_force", "state_complaint", "domestic_sanctions", "interstate_force", "repression_force", "occupation_force", "approach_force", "test_force", "war_kills", "court_senses", "guest_senses", "weapon_force", "negated_objects", "demand_code", "directive_code", "implied_agents", "anaphoric_nouns", "dissent_nouns"}
    for key in data:
        if key not in known:
            raise DictionaryError(f"unknown key {key!r} (known: {', '.join(sorted(known))})", source=str(path))
    lists = {}
    for key in CUE_LISTS:
        value = data.get(key)
        if not isinstance(value, list) or not all(isinstance(w, str) for w in value):
            raise DictionaryError(f"{key!r} must be a list of quoted words (a bare no/on is read as a boolean)", source=str(path))
        lists[key] = [w.lower() for w in value]
    tables = {}
    for key in ("intent", "reject", "appeal", "demand", "threat", "armed_senses", "state_force", "state_complaint", "domestic_sanctions", "interstate_force", "repression_force", "occupation_force", "approach_force", "test_force", "war_kills", "court_senses", "guest_senses",
                "weapon_force", "negated_objects"):
        table = {str(k): str(v) for k, v in (data.get(key) or {}).items()}
        for k, v in table.items():
            if v not in names:
                raise DictionaryError(f"{key}: unknown CAMEO code {v!r} for {k!r}", source=str(path))
        tables[key] = table
    implied = {str(k).lower(): str(v) for k, v in (data.get("implied_agents") or {}).items()}
    for k, v in implied.items():
        if not (len(v) == 3 and v.isalpha() and v.isupper()):
            raise DictionaryError(f"implied_agents: {v!r} for {k!r} must be a three-letter role code", source=str(path))
    dissent = {str(k).lower(): str(v) for k, v in (data.get("dissent_nouns") or {}).items()}
    for k, v in dissent.items():
        if not (len(v) == 3 and v.isalpha() and v.isupper()):
            raise DictionaryError(f"dissent_nouns: {v!r} for {k!r} must be a three-letter role code", source=str(path))
    demand = str(data.get("demand_code", "100"))
    if demand not in names:
        raise DictionaryError(f"demand_code: unknown CAMEO code {demand!r}", source=str(path))
    directive = str(data.get("directive_code", "020"))
    if directive not in names:
        raise DictionaryError(f"directive_code: unknown CAMEO code {directive!r}", source=str(path))
    return Cues(
        **{k: frozenset(v) for k, v in lists.items() if k != "target_preps"},
        target_preps=tuple(lists["target_preps"]),
        demand_code=demand,
        directive_code=directive,
        intent=tables["intent"],
        threat=tables["threat"],
        armed_senses=tables["armed_senses"],
        state_force=tables["state_force"],
        state_complaint=tables["state_complaint"],
        domestic_sanctions=tables["domestic_sanctions"],
        interstate_force=tables["interstate_force"],
        repression_force=tables["repression_force"],
        occupation_force=tables["occupation_force"],
        approach_force=tables["approach_force"],
        test_force=tables["test_force"],
        war_kills=tables["war_kills"],
        court_senses=tables["court_senses"],
        guest_senses=tables["guest_senses"],
        weapon_force={k.lower(): v for k, v in tables["weapon_force"].items()},
        reject=tables["reject"],
        appeal=tables["appeal"],
        demand=tables["demand"],
        negated_objects=tables["negated_objects"],
        implied_agents=implied,
        anaphoric_nouns={str(k).lower(): str(v).lower() for k, v in (data.get("anaphoric_nouns") or {}).items()},
        dissent_nouns=dissent,
        see_through_nouns=frozenset(lists["quantity_nouns"]) | frozenset(lists["frame_nouns"]),
    )
