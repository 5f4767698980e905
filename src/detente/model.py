"""The record types of detente, defined once and serialised in one place.

The pipeline is a chain of pure stages, each taking and returning these dataclasses::

    Source --ingest--> RawDocument --extract--> Article --nlp/actors/quotes/events--> Analysis

`Analysis.to_dict()` is the JSON contract of ``detente analyze`` (one object per document,
failed documents included); the store and the exports read the same dataclasses.
"""

from __future__ import annotations

import hashlib
import os
from dataclasses import asdict, dataclass, field
from datetime import date
from typing import Any

#: Bumped whenever a stage changes what it produces; stored with every row.
STAGE_VERSIONS = {
    "extract": "1",
    "nlp": "14",  # 2: a wire dateline is a sentence of its own; 3: lemmas the lemmatizer cuts short mended ("raped", "staged", "fined"); 4: headlines "<Name> <verb>s ..." parsed with their verb; 5: a capitalised "modal" before a past verb is a name ("May criticised"), a name read as a noun before a past verb in a verbless sentence is its subject ("Turkey hosted talks"), hope/slate lemmas; 6: a word in -s tagged a plural noun between a subject and an object is a present-tense verb ("categorically rejects"); 7: "lambast" spelt without its "e", the headline re-parse reads the users' verb dictionaries; 8: a headline passive without its "was" ("Venezuela accused of abuses by UN") is a passive (headline_passives.tsv), a name before a past form read as an adjective on the name after it ("Trump praised Erdogan") is its subject; 9: a capitalised plural event noun opening a lead after a dateline is read as its common noun ("Talks between X and Y resumed"); 10: a name hung on a past verb as its auxiliary after a dateline is its subject ("May criticised"), a trailing clause read as a prepositional phrase is parsed again ("since Russia annexed Crimea"); 11: a word after "to" tagged a name but parsed as a verb with an object is a verb ("voted to impeach Trump"), a headline whose root is a participle is a passive ("Two Canadians detained in China"); 12: a subject hung on an auxiliary is its verb's, a bare dateline that names a known place ("KABUL - ") is cut off its lead, a past verb with an object read as a participle on a subject of a later "said" is the clause said; 13: a noun between a subject and "and" + a past verb is a past verb ("A gunman shot and killed three people"); 14: a "for X to V" clause hung on the verb after an asking noun is the noun's ("renewed its calls for Iran to free the prisoners")
    "actors": "38",  # 2: country in context, private people, datelines (issue 11); 3: their pronouns; 4: suspects (CRM), organisations' people; 5: organisations' people withdrawn (half A only); 6: region demonyms ("Central American" is LAM, not USA); 7: "secretary general", "inspector general" ... are no military rank; 8: a name after anti-/pro- is a stance; 9: Brussels as a place is no EU; 10: towns of current wars, RSF in Sudan; 11: a family name that leads is the later surname ("Wang"); 12: troops "from" the place a withdrawal leaves are not its; 13: non-capital cities, England and Wales, datelines placed by their region; 14: party leaders are their party's, shared party and institution names take the country in context; 15: generic victims by role, named companies, places in names of things, plural references ("the two leaders"), rights lawyers HRI, private doers of crimes CRM, wire credits after unknown datelines, the Treasury and Commerce Department, possessives over modifiers, envoys abroad, weapons give no victim a country; 16: regulators, utilities and committees, immigration and border agencies, party families ("the Greens"), critics of X are its opposition, companies by their corporate suffix, Georgia the US state, provincial premiers, commercial "Bank of" names, more UN bodies, courts and rights groups, social-media handles of named people ("@MattBevin"), counterparts, militiamen; 17: critics take the country of whom they oppose, forty central banks, demonym spellings (Ecuadorean), protest and union leaders, air defences, an agent word read as a verb is no actor, "opposition accusations" name their sayer; 18: a dateline place's namesake is the dateline's place, "In <place>," frames a sentence, "its" office is the nearest state's, titled officials before a foreign country take the dateline's, bureau datelines give way to the story's country, "the rebels"/"the group" are the armed group named, "<country>-led coalition", kin are civilians, acronym plurals ("MPs"), party adjectives before legislators, parties by their form, namesakes keep their titles, initials of a body named in full, advocacy groups are NGOs, companies named again without their suffix, enforcement agencies (ICE, U.S. Marshals ...), San Jose; 19: NGOs, civil society and charities, groups for a cause over the people they speak for, Phoenix agents the built-in data lacked (clergy, paramilitaries, spy agencies ...), a plural reference is never whoever addresses it, officials of several states take no one country (and act as the body of their story), bodies named by the word that heads their name (Association, Foundation, Union, Cartel ...), "the association"/"the bloc"/"the group" as the body named last, initials of "<body> of <place>", "including" lists, he/she never a plural noun, given names (Thai), a surname that leads an unknown name, tribunals, an "its" that opens a sentence, bureau datelines of stories about two other countries, groups in a named region, Phoenix and Hodeida; 20: the city's or province's roles, 'all sides', names glued before a known group's, two roles of one code set apart, bodies named for their country place their sentence, rebel armies the tables lack, the ruling party apart from a politician of its code, opposition titles take their sentence's country, a state's possessive before a body; 21: national human rights commissions (HRI), envoys are their sender's, armed fronts and movements, a demonym before an unknown armed group, undated articles read at their latest stated day, an "its"/"their" on what a hostile act hits is the teller's, residential areas are civilians; 22: a party leader the text calls opposition leader is OPP, roles owned by a definite plural ("the two countries' foreign ministers") are each country's, a counterpart met in a country or its capital is of it, an unowned state title named only by its opposition or protesters is of their country, a firm's workers strike against the firm; 23: a country's population and "those in power", generic groups that turn on their government (retirees, motorists, street vendors, indigenous groups); 24: a possessive "'s" in a PERSON entity is no name ("Sri Lanka's president"), plural titles in a country ("prosecutors in Brazil"), an "It"/"They" opening a sentence is the subject before, sector regulators and cabinet secretaries are GOV, companies the text calls companies, club supporters and club names no state, "European" is Europe, roles owned by an unknown name, titles of a company; 25: a name the text calls a firm in apposition takes its company phrase's code, firms named by their trade, cities in a game's result are clubs, "soldiers from the two sides", a field of work owns no office, hostages keep no sentence country, English/Scottish/Welsh are British, a head-of-state title of an unknown name, warships are no firms, a repeated title is the official named before, "Congress" is the US one unless placed or a party, US federal agencies by their common names, "the company WeWork", "X-backed forces in Y" are Y's, plural unowned titles take the sentence's country; 26: dateline country for shared surnames, they/it after a fronted clause, the House/parliaments by name/chamber committees, ruling coalition PTY, ruling vs opposition party kept apart, company noun apposed to a known company, -run/-led/-controlled owners, nationals/tourists abroad, the two forces, bare "the two"/"both" after a pair, a title apposed to a name (known, or taken up later as "the minister") is that person; 27: the party a state is ruled by (China's Communist Party) is its government, a country named only inside a quotation does not place its speaker, people a state's police act on and bare police acting in a place are that country's, a dateline's army striking in a place is not that place's, a polity's chief executive is GOV, titles of a force ("commander of police") are the force's, "they" after "and" and number subjects ("tens of thousands of residents"), the country in context kept on the resolution; 28: national security councils are governments, an organisation's title picks the person's office in it, roles "their" owns under coordinated states are each one's, embassies and consulates are their state's government abroad (none with no country), a striking force's country does not place its victims abroad, a body's seat ("Norway-based") places only that body, plural "governments" take no dateline, "whose troops" are the owner's, "it" in a spoken condition is not the condition's subject, an "its" on a pledge broken is the breaker's, names with "the" or a possessive are bodies, a role named for one country earlier under an unnamed dateline, the setting state's agents for acts on foreign nationals, a strike's teller takes the dateline, descriptions link by their kind words, destinations place no paragraph, "foreign"/"Western" roles take no local country; 29: armed groups, parties, seats of government and regional bodies of less-covered countries (Tigrayan forces are the TPLF), an all-caps dateline is no person, the two Congos, heads of the opposition or rebels, surnames with accents folded and after honorifics, "the neighbours", "at Brussels" is the EU, spokespeople take whom they speak for, a bare agent in a noun's infinitive is the noun owner's; 30: outsider governments are no body's members, the accused owns the forces its gerund names, "the Iran-backed group" is the group named before, a body's titled person and capitalised short name are the body's, "the paramilitary", "the warring parties", "both countries" whose officials one speaks with, "their" after a plural reference, the presidential office, unknown bodies by their kind noun, spokespeople of unknown bodies, news outlets, police and criminal words, he/she only for one person, names before a comma share no role with the speaker after; 31: a group name after given names is a surname ("Therese Wagner") and namesakes keep their titles, a person keeps the country of their first mention, critics a state jails are its opposition, who brokers an accord "between the two" is neither, gang members and joint chiefs, towns the gazetteer lacks placed by their phrase or context, victims of a state's strike abroad are the struck country's; 32: a capital inside another town's name ("Mocimboa da Praia"), a "them" object is the plural group named before as a subject, known names tagged plural stay one person, names the entity model missed after a title; 33: a bare "Labor" is the Australian Labor Party (American labor words stay none), an "its"/"their" on a part counted out of what a hostile act hits is the owner's above, a titled unknown person takes no country from the object of its own verb, a name after a lower-case Arabic article (al-Qaeda); 34: a reflexive is its own clause's subject, "the two leaders" one line further back, acronyms of national bodies whose name holds their country, Australian states and towns, a home country named twice in two sentences of an undated story, firms called so by a copula or "management", a plain object "him"/"her" is never its clause's subject (save after place prepositions on a verb with an object), an unowned striking force takes the state that struck in the 5 sentences before (no dateline), model designations (F-16) keep their demonym, a later surname after its title words, a dictionary person keeps the title first given; 35: withdrawn from 34 as they moved no half-B figure: reflexives, "the two leaders" further back, acronyms of national bodies, firms called so, object "him"/"her", model designations; then more Australian places and places of early-2000s conflicts (Tora Bora, Sulawesi, Guadalcanal ...), firms named by their management, executives or workers ("Qantas management"); 36: a titled person the tables lack, whose sentence names no country, is placed as a bare role is (paragraph, dateline, home), not by the article's place-name majority; 37: helicopters of war (attack, Apache, military, combat) are military agents as gunships are; 38: Australia's flag carrier, big four banks, telecoms carrier, Ansett, Wesfarmers and HIH in the organisations table
    "quotes": "2",  # 2: partial quotes, attribution that follows the article, confidence (issue 14)
    "events": "62",  # 2: confidence, understood agents, senses, anaphoric targets (issue 11); 3: agents of the place named, allegations; 4: acts undergone, labels, sports stories; 5: rules that helped only half A withdrawn (displeasure adjectives, holding people, party races, modifier_target 0.6); 6: what is denied, avoided or done by no one is negated; 7: an appeal is made to whom it asks; 8: a gerund after an object is the object's act ("accused India of killing"); 9: arms sent are military aid, aid received is the giver's; 10: open fire, retaliate, counteroffensive, money given; 11: feared acts are hypothetical, prisoners of war no war; 12: an understood agent of the country named as the place; 13: protested to X is a complaint; 14: a score between countries is a game; 15: told X to is an appeal; 16: a consultation's topic is no counterpart; 17: captions and link lists code nothing; 18: blocking a bid is a rejection of its owner; 19: what is weighed is hypothetical, what is no longer done negated; 20: what reports and claims say is unconfirmed; 21: condemning an arrest is aimed at its doer, never its victim; 22: a warning that one's own forces will act is aimed at their target; 23: praise won, a rebuke earned, criticism attracted "from X" are X's acts on the subject; 24: who withdraws is the "of" phrase, the place left the "from" phrase; 25: what an object did ("accused them of killing civilians") names no target; 26: planned and possible acts named by nouns, a third-person pronoun before ", X said" is not X; 27: seizures of goods, condemned acts' doers (anaphoric act nouns, "on", protests, crackdowns); 28: a "by" phrase hung on the act's object is its doer; 29: fine, found guilty, naming labels (call X a liar), strikes on, hit and execute in armed hands, a ban on rallies, politicians' clashes are words; 30: a killing "in a Boko Haram attack" is the attacker's; 31: what is called for ("called for sanctions") or demanded in a subjunctive clause is hypothetical; 32: "retaliated by V-ing" is the gerund's act only; 33: military drills, "around" names a target; 34: measures undone are easings, committing a crime is no commitment, arms handed over, envoys summoned, prisoner swaps; 35: undergone criticism idioms, repression of one's own opposition, spoke with, brokers no party, forecasts no threat, company business no event, impeachment, laws struck down, bans from office, another power's act condemned, killings by weapons of war, territory seized, two officials of one code, reactions named by another word of the act, hanging, trade measures, the move/decision, vetoed texts, visits, no envoy recalled from its own state; 36: orders and summonses (their "to"-clause not done), migrants intercepted and turned back, a first-person object in a quote is its speaker, election words (incumbent), politicians' verbal attacks, campaign insults as labels, condemned arrests of politicians, praise and blame in reported and quoted speech, questions are no appeals, act nouns as their verbs (nominalizations.tsv), framing-clause pronouns, definite act nouns presupposed, blacklists and entity lists, legal action and warrants, deployments, refugees received are no visit, situations judge no actor, metaphorical hits, called-off acts, failed accords, "allegedly", reactions to "the attack"/"the order", ordered envoys out, stern representations, revoked agreements, subjunctive demands, purpose clauses, the accused of a reduced relative, broker; 37: impeachment inquiries (the unnamed side implied), legal action dropped (081), placed under investigation, verbs of inquiry, prosecutors' raids are searches, criminal cases, rebutted criticism coded apart ("rejected U.S. criticism"), words traded both ways, refusing a hostile act rejects no one, launched attacks between politicians are words, walkouts, acts of office (signing a bill, dismissing an official), testimony, endorsements won, states of emergency, bills and price hikes withdrawn (0832), police firing on or blocking their own people (175/191), internet shutdowns, protests with no target against the own government, stones thrown, charges at crowds, prevented acts negated, purpose clauses of a control verb, weapons in misattached "in" phrases, suicide bombers, gerund nouns ("Fighting between"), repelled attacks, weapons destroyed, statements issued acting for their author, aid announced, condolences and congratulations, welcomed to a place, coordinated ministers, venues are no partners, traded fire, a label of an act names its doer, trade restrictions bind no own people, weapons say nothing; 38: an impeachment is on its doer's own executive, "the move"/"the decision" name a deed done, a reaction is no act, rejected accusations are denials (016), pleas and confessions, two named politicians of one code, passive accusations by unnamed critics, reported misdeeds accuse, conjuncts of a statement and of a reporting verb, "it"/"them" objects of adjuncts and conjuncts, "which" clauses, own troops no target, complaints over an act or lodged with a body, suspended bills, protest nouns with no doer, modals of a later clause, ambiguous verbs with a named object, seizures of places, pound/pummel/strafe, untargeted force in a place, "backed by" air strikes, "was jailed", ordered deported, one threat not two, custody, hostile acts agreed to are decided, acts in "reports of" unconfirmed, cases dismissed by no court rejected; 39: a verbal act hung on a speaker's reported clause is the speaker's, people caught by an authority, agreements suspended (160), "in a joint statement" is no act on each other, the act of a noun under an alleged verb is alleged, relative clauses on an apposition, one doubt for one plural read as both sides, hypothetical acts are no antecedents; 40: each event says why (confidence_factors); 41: court orders are demands, removals from office, verbal attacks on institutions, conjuncts under their head's modal, verbs of scorn, retorts told with what was said, reported failures and misdeeds, 'critical of', objections, quotes said of an act, reactions provoked and feelings caused, phrasal rejections, demands by pushing, words received, regrets, 'yet to', public strikes on their government, ties built, vetoes lifted, talks' topics, calls and talks of the subject, joined forces, hosting idioms; 42: appeals to end an act and "the remarks" aimed at their doer, labels through glued parses and conjuncts, diplomats summoned or expelled are the target, demands by necessity and the mandative subjunctive, the object's head picks the row, alleged attempts, present tense after until/before/once, negation of an adjunct, business in a place, the deporting state from context, retorts and rejection idioms, strikes by workers, acts by a 'by' agent, fronted participles, captives returned; 43: feelings about an act on someone aimed at its doer, attacks "for" what someone did are words, anger and booing, support and blame idioms, called out, talks at/in/during which one acted and talks brought together or hosted, labour strikes begun or joined, aid and arms received or given, acts held back negated, venues no counterpart, a place "by" which something happened no doer, called for X to resign, a gerund after shy away from, the report's publisher, balk only at others' proposals, what is accepted decides the act, words said on a platform no act on the media, the day an article speaks from read once; 44: a state of affairs in a place is no act on it, reasons "for"/"over" on the object, makers of arms given, received, fired or used, meetings and support judged by praise or criticism, goods received are no visit, decisions, votes, approvals, wishes, persuasion, refusals and acts only near are not done, gerunds glued to their object, a state's protest is a complaint, disapproval and anger stated with a noun, spoke to and exchanged views, acts named by a participle's "by" doer, reactions to a move or decision, thanks, broadsides and blame pinned, instability, protests with no named protesters, took to the streets, sit-ins, petitions, festive and armed marches, calls asking to act, met with anger, vandalise and ransack, asking another to free one's own, a reaction to an act on someone aimed at its doer, a weapon fired in an agentless passive fired by its own actor, who reacted to an act ("condemned by the UN") did not do it, the lexicon the coder is given decides the "by" place nouns; 45: one who reacted to an object is no target, decide/resolve/vote to X commits it as agree does, inverted conditions, denials of accusations stand alone, modals around relative clauses and said-clauses, approved acts keep their code, inducing and enlisting verbs, blaming on, attacks on platforms are words, support thrown behind, sportspeople transfers, "denounced as X the decision", comma relative clauses, captured arms, frustrated/disappointed with, unacceptable told to someone, sat down with, videoconferences, attacks on a politician for his words, took exception, ignored demands, labels by amounted to/constituted, wants X to, hit back at remarks, rejection of talks, regret over a decision, troubled/dismayed by, rebutted criticism, voiced feelings; 46: measures argued for or against are not taken, a stance on a threat or a cut in relations is aimed at its doer, duties given are not done, passives hit or slapped with a measure (its "by" on the "with" object), fines hit with, a place called from is no counterpart, settlements reached, a politician under attack with no doer is criticised, participles of saying after a reported clause are the speaker's, acts decided for a later time are future, options not ruled out are possible, force used on a state and authorised force, military action, fronted "Hosted by X," phrases, acts done through a frame ("retaliated with"), doers told by a relative clause or a passive of a doing verb, light nouns after other prepositions are not done, killings by an attack, acts studied or proposed, acts offered in a clause are offers, leaders called (041), what another is expected to do is hypothetical, talks ended or called off (164), a finite acl on an act noun as its relative clause, the host of a gathering that was the setting is no party; 47: labels (describe/call/brand/dismiss as, modifier of a person attribute, left dislocation, conduct verbs), slam/blast/hammer an act, disapproval despite/amid an act, crowds protesting, crowd-control force undergone, joint acts one is in, shared by-agents and objects of coordinated verbs, between-phrases on the verb, phone calls glued to the next clause, along with / not / respectively; 48: letters and petitions signed are no agreement, the unnamed attacker is of the place not of an owner named there, "the decision"/"the move" name an uncoded deed of office, retaliations with no target answer the last blow to their country, rebuttals through a frame of answering, echoed doers ("as did Germany") and owners ("as it has that from Britain"), feelings caused by another (disappointed by), harsh words, topics of traded words, labels hung on the object, accusations judged in a reported clause, acts told as done by their understood doer (after/since/amid the arrest of), state restrictions by the government in context, possessed acts undergone, condemned deeds of force coded beside the condemnation, general claims about gerunds, annexation, a release asked for is asked of whoever holds the one to be freed; 49: objections to "the decision" name the deed done to the objector, revenge vowed is a threat at the last blow's doer, pressing an offensive is fighting, no control-verb complement inside a circumstance ("after talks"), labelled acts are judged not done, a noun's mandative clause is asked for, a statement's speaker made nothing its sentence names, premises attacked are no culprits, reactions drawn or provoked (by-phrases, in a country, the ire of, plaudits, furious responses, sayings as "the remarks"), a welcomed person is a guest, meeting and signing venues are no party, figurative force words (struck a tone, trade war, shot down the proposal), every by-agent of a passive, wrecking verbs, reduced relatives undergone (no swapped roles), "visiting" before a title, acts on victims told by a relative clause, measures that target someone, a name misread as a compound of a finite verb is its subject ("If Israel attacks"), dissent a state is accused of has no own-government target, stopped or paused support is an aid cut, mediation between sides, extradition to a state, units on the move make no visit, resumed imports ease an embargo, meddling judged is aimed at the meddler, not at whose affairs, a protest told "after" another's act is against its doer; 50: "the accusation" names a blamer, "the vote", "the meeting", "the visit", "the measures", "the sale" and an accord by any of its names name their doers, a definite object that is an earlier act's own word names its doer, denials of the act alleged answer the latest accuser, "where" clauses name no target, blocked sales and transfers are rejections, a participle of a trailing "said" comments on the act reported, fighting in court is no force, speaking to reporters first, "at Brussels", protest notes and lawsuits, blame laid on, labels on a possessive, mediation nouns, help taking part, wished that-clauses, apologies offered, by-phrases of experiencer subjects, intents to mediate (039), appeals and demands take the subcode of what they ask for, questions are no appeals, unnamed addressees, force on one's own places, shows of force near another, vows to crush, "is to" plans, judged deeds stay done, reports' contents name no target, hearsay lowers confidence, stretches of fighting are done, claims are hypothetical, pretence negates; 51: means used to do an act, harms "against" someone, peacekeeping reinforced, "targeted", free relative objects, joint acts' places, verbs after closed relative clauses, backers make none of a thing, memoranda are accords, weapon subjects are no ambiguity, mediation participles, suffered settings, hardware sent toward another, ambushes and gunfights, policies attacked, met goals, undone measures, rewards, paused talks, labels read as passives and on "it", jibes, statements saying, shootings and stabbings, harm conjuncts, vetoed texts, demand and rejection subcodes, refusals negate, demand nouns, rebutted demands, weapons tests, places captured, acts judged good and approval adjectives, custody and bail, the caught, refusals aimed at their recipient, deployments announced to a host, ideas refused, refusal nouns, boycotted meetings; 52: envoys recalled by a capital, shows of force and launches named again, "according to" is no target, drones fired, saying a rival will face retribution is a threat, repelled attackers, initialled accords, weapon subjects only veto their own doers, reported judgements of an earlier act named by a noun, words beside a deed noun did none of it, coup/setback labels, the fighting named again; coercion (the press silenced, exiles, custody, state-only restrictions and their agentless passives, domestic sanctions 172, beatings 175), appeals (asking nouns' "for" clauses, whom one asks before what, "if" questions, release pronouns, contents and beneficiaries of demands), concessions (gave in, handed back, reopened borders, called-off offensives, aid let in), consultations (phone calls, delegations, not-expected meetings, pulled out of talks, joint failures' topics), disapproval (spreading disinformation, rallying allies against, lawsuits instituted, disappointed by, complaints of passive victims), force nouns inside another state; 53: "will regret" of a rival is a threat, warnings of what a thing does to others are forecasts, courses set for both sides are no demands, ambiguous verbs settled by a row's object beside its preposition; disapproval (labels over strike rows, scoffed at, measures named again, stirring up trouble, massacre labels, "including" doers, participles outside a negated clause), force (counted strikes, weapon fire, state forces killing fighters is 19, downed drones and jets, control taken of a town, the wounded in an attack, troops moved or amassed), charges denied in a relative clause, expelled embassy staff, coups condemned later, weapons sent to attack are no aid, cooperation (aid paid out, sent things no target, relief teams, welcomed acts, the freed no target, suspects handed over, denials of blame, loads of goods, sports hosts), demands and rejections (proposals named again, captors asked for a release, criticism "over" names no target, refusals aimed at whom the act was for, that-clauses of asking verbs, infinitives of asking nouns, unnamed asked addressees); 54: denials answer an accusation of their own sentence, a "by" gerund after a charge is the charged one's alleged means, forces sent in are a deployment, a state organ's coerced people are its own (state_roles case), two states' show of force along the border faces each other; force (blasted off is a launch, blew himself up is a suicide bombing, bombs are bombings and a state's bomb an air raid, clashes over an issue are words, killings in a stretch or count of strikes or joined to a wounding take the weapon's code, incursions, patrols in tandem), disapproval (went on to accuse, reported labels of greed or negligence and "hard to believe", a statement's second participle, defended against criticism, reactions to an act whose noun names its doer's side, recriminations), justice (charged with no "with" is 173, places captured are occupied, arrests only tried are not made), cooperation (private travellers make no visit, calls hung on a reported clause are the speaker's, on his way to, vowed never to forget, support for force backs its doer, approval offered, locked in talks, capable of), a rescue codes no event, own_country confidence factor, an attack noun's target hung on its "by" doer, gun battles; 55: "the announcement"/"the call"/"the appeal" name the act announced or asked, questions quoted are no appeals, an arrest asked for is asked of the holder, "it"/"them" of an infinitive conjunct, risked outcomes are no threats (unless conditional), appeals to stop an act aim at its doer, force on a place hits who a "where" clause of presence puts there, overrun and sink, air strikes need no ambiguity doubt, killings in an attack joined to a wounding or measured by time, walk off the job, police interviews (090), ability nouns' infinitives hypothetical, pledges and force do not look for a target inside their purpose clause, force to flush someone out of a place strikes them, offices closed by a state (172), wrecking talks reported is an accusation; 56: withdrawn from 55 as they moved no half-B figure: "the announcement"/"the call", arrests asked of the holder, infinitive conjuncts, risked outcomes, appeals to stop an act, "where" clauses of presence, overrun and sink, modifier rows without ambiguity doubt, killings in joined harms, flushing out, wrecking talks; then verbs that only report (argue, maintain, reiterate ...) code what their clause demands or labels but no statement, more reported misdeeds (harbour, persecute, flout ...), measures named inadequate or ill-conceived are criticism, a quoted trigger is read at one remove (0.75), the speaker of "quoted X as saying" is X; 57: time given to do what is asked is an ultimatum (139), "called on/for X to" naming whom it asks is an appeal with no ambiguity doubt; 58: a side that is the trigger's own subject or object (or its passive's "by" object) carries no far-argument doubt, a visit "to" a named actor settles the word's sense; 59: forces moved or readied in an agentless passive ("US Marines were deployed in Afghanistan") are the doers of the show of force, not its target; 60: evidence or testimony given to a body is testimony (064), a demand, appeal, criticism, rejection or threat joined by "and" to an act of the same doer takes that act's targets when it names none; 61: force by an army whose country was only inferred, on the people, leaders or places of that same country, is doubted (own_army_inferred), people a state holds are detained (173); 62: a reported "it is time for X to" is a demand on X (100)
}

MODALITIES = ("asserted", "negated", "future", "hypothetical")


def content_id(key: str) -> str:
    """A stable 16-hex-digit id for a document key (its URL or source path)."""
    return hashlib.sha1(key.encode("utf-8", "surrogatepass")).hexdigest()[:16]


def canonical_source(source: str) -> str:
    """A file source as an absolute path (keeping a `#n` item suffix); anything else unchanged."""
    if source == "-" or "://" in source:
        return source
    path, sep, item = source.partition("#")
    return os.path.abspath(path) + sep + item


@dataclass(slots=True)
class RawDocument:
    """Bytes as read from a file, URL, feed item, WARC record or stdin, before extraction."""

    source: str  # the path or URL as the user gave it (feed/WARC items: "feed.xml#3")
    data: bytes
    kind: str  # "html" | "text" | "json"
    url: str | None = None
    encoding: str | None = None  # from HTTP headers or a BOM, when known
    fetched_at: str | None = None
    meta: dict[str, Any] = field(default_factory=dict)  # title/date hints from a feed or JSON

    @property
    def content_hash(self) -> str:
        return hashlib.sha1(self.data).hexdigest()

    @property
    def id(self) -> str:
        """Same page, same id: its URL, else its absolute path (so `a.html` and `./a.html` agree)."""
        if self.url:
            return content_id(self.url)
        if self.source == "-":  # stdin: nothing names it but its bytes
            return hashlib.sha1(self.data).hexdigest()[:16]
        return content_id(canonical_source(self.source))


@dataclass(slots=True)
class Article:
    """Extracted article: clean text plus metadata. Offsets everywhere index into `text`."""

    id: str
    source: str
    text: str
    url: str | None = None
    title: str | None = None
    date: date | None = None
    author: str | None = None
    site: str | None = None
    language: str | None = None
    content_hash: str | None = None  # sha1 of the raw bytes it came from: a resumed ingest skips unchanged pages


@dataclass(slots=True)
class Span:
    text: str
    start: int
    end: int


@dataclass(slots=True)
class Actor:
    """One resolved actor of an article (a person, organisation, country or group)."""

    code: str  # CAMEO actor code, e.g. "CHNGOV", "USA", "NATO"
    name: str  # canonical name: "Xi Jinping", "China", "the White House"
    country: str | None = None  # ISO 3166-1 alpha-3, when the actor has one
    role: str | None = None  # CAMEO role: GOV, MIL, ELI, ...
    kind: str = "country"  # person | country | organisation | group
    mentions: list[Span] = field(default_factory=list)

    def to_dict(self) -> dict[str, Any]:
        return {
            "code": self.code,
            "name": self.name,
            "country": self.country,
            "role": self.role,
            "kind": self.kind,
            "mentions": [asdict(m) for m in self.mentions],
        }


@dataclass(slots=True)
class Entity:
    """A named entity that resolved to no actor: kept with its type, never invented into one."""

    text: str
    label: str
    start: int
    end: int


@dataclass(slots=True)
class Quote:
    text: str
    start: int
    end: int
    speaker: str | None = None
    speaker_actor: str | None = None
    cue: str | None = None
    direct: bool = True
    confidence: float = 1.0  # 0-1, how sure the speaker attribution is (quotes/)
    context_start: int | None = None  # a partial quote's sentence (the paraphrase around it), offsets into the text
    context_end: int | None = None


@dataclass(slots=True)
class Event:
    source: str | None
    target: str | None
    cameo: str
    plover: str
    goldstein: float
    quad_class: int
    modality: str
    text: str  # the evidence sentence
    start: int  # sentence offsets into the article text
    end: int
    trigger: str | None = None  # the verb or noun that coded it
    trigger_start: int | None = None
    trigger_end: int | None = None
    source_text: str | None = None
    target_text: str | None = None
    mentions: int = 1
    confidence: float = 1.0  # 0-1, how sure the coder is (events/confidence.py); the gate is DEFAULT_MIN_CONFIDENCE
    confidence_factors: str | None = None  # why: "trigger.verb 0.9; source.context 0.8" (confidence.written)

    def __post_init__(self) -> None:
        # The evidence is the sentence without the blank lines around it (a sentence that ends a
        # paragraph carries "\n\n", which broke CSV rows and the highlight); offsets follow the trim.
        text = self.text or ""
        lead, trimmed = len(text) - len(text.lstrip()), text.strip()
        if trimmed != text and self.end - self.start == len(text):
            self.start += lead
            self.end = self.start + len(trimmed)
            self.text = trimmed

    @property
    def root(self) -> str:
        return self.cameo[:2]


@dataclass(slots=True)
class ErrorInfo:
    type: str  # the error class name, e.g. "EmptyDocument"
    message: str  # one line: what failed and what to do
    stage: str | None = None


@dataclass(slots=True)
class Analysis:
    """Everything detente found in one document; `error` is set when it could not be processed."""

    source: str
    id: str
    article: Article | None = None
    actors: list[Actor] = field(default_factory=list)
    entities: list[Entity] = field(default_factory=list)
    quotes: list[Quote] = field(default_factory=list)
    events: list[Event] = field(default_factory=list)
    amounts: list[dict[str, Any]] = field(default_factory=list)
    dates: list[dict[str, Any]] = field(default_factory=list)
    claims: list[dict[str, Any]] = field(default_factory=list)
    tone: dict[str, Any] = field(default_factory=dict)
    themes: list[dict[str, Any]] = field(default_factory=list)
    # the day its people's offices are read at, and how it was decided: "article" (its own date),
    # "stated" (an undated article: the latest day it states) or "today" (nlp/dates.py `reference_date`)
    as_of: date | None = None
    as_of_from: str | None = None
    error: ErrorInfo | None = None

    @property
    def ok(self) -> bool:
        return self.error is None

    def to_dict(self) -> dict[str, Any]:
        a = self.article
        return {
            "source": self.source,
            "id": self.id,
            "url": a.url if a else None,
            "title": a.title if a else None,
            "date": a.date.isoformat() if a and a.date else None,
            "as_of": self.as_of.isoformat() if self.as_of else None,
            "as_of_from": self.as_of_from,
            "author": a.author if a else None,
            "site": a.site if a else None,
            "language": a.language if a else None,
            "text": a.text if a else "",
            "actors": [x.to_dict() for x in self.actors],
            "entities": [asdict(x) for x in self.entities],
            "quotes": [asdict(x) for x in self.quotes],
            "events": [event_dict(e) for e in self.events],
            "amounts": self.amounts,
            "dates": self.dates,
            "claims": self.claims,
            "tone": self.tone,
            "themes": self.themes,
            "error": asdict(self.error) if self.error else None,
        }


def event_dict(e: Event) -> dict[str, Any]:
    return asdict(e)
