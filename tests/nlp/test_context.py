"""Assertion of a span from its sentence: every ConText category and the traps of issue 2."""

import json

import pytest
import spacy
from hypothesis import assume, given, settings
from hypothesis import strategies as st
from spacy.matcher import Matcher
from spacy.tokens import Span

import nlp
from nlp.context import ContextRuleError, load_rules, parse_rules


def assess(text: str, target: str) -> dict:
    start = text.lower().index(target.lower())
    return nlp.assess_span(text, start, start + len(target))


# (sentence, target span, expected assertion)
ASSERTIONS = {
    # negated: denial, absence, "not" before the finding
    "denies-si": ("Pt denies SI/HI.", "SI", "negated"),
    "denies-hi-after-slash": ("Pt denies SI/HI.", "HI", "negated"),
    "denied-feeling": ("Client denied feeling overwhelmed this week.", "overwhelmed", "negated"),
    "did-not-seem": ("Client did not seem withdrawn today.", "withdrawn", "negated"),
    "no": ("No panic attacks since the last visit.", "panic attacks", "negated"),
    "without-any": ("Client without any signs of distress today.", "distress", "negated"),
    "never": ("She has never felt hopeless about the work.", "hopeless", "negated"),
    "negative-for": ("Screen negative for self-harm.", "self-harm", "negated"),
    "header-value": ("Suicidal ideation: denied.", "Suicidal ideation", "negated"),
    # improvement cues count as negated
    "less": ("Reported improved sleep and less anxiety this week.", "anxiety", "negated"),
    "fewer": ("She had fewer panic attacks this month.", "panic attacks", "negated"),
    "decreased": ("Client noted decreased irritability at home.", "irritability", "negated"),
    "eased": ("His headaches have eased since Monday.", "headaches", "negated"),
    "resolved": ("Insomnia resolved.", "Insomnia", "negated"),
    "decrease-in": ("Pt reports decrease in nightmares.", "nightmares", "negated"),
    "have-stopped": ("The nightmares have stopped.", "nightmares", "negated"),
    "improved-after": ("Her anxiety has improved with practice.", "anxiety", "negated"),
    "no-longer": ("Client no longer avoids sessions.", "avoids sessions", "negated"),
    # improvement said after the finding, or through a reporting verb
    "down-to": ("Her flashbacks are down to one a week.", "flashbacks", "negated"),
    "tapered-off": ("The crying spells have tapered off.", "crying spells", "negated"),
    "died-down": ("His cravings have died down since June.", "cravings", "negated"),
    "free-from": ("She has been free from purging since spring.", "purging", "negated"),
    "abstinent-from": ("He remains abstinent from cannabis.", "cannabis", "negated"),
    "x-free-for": ("Client has been cutting free for ten weeks.", "cutting", "negated"),
    # "without" in what the client cannot imagine losing: the state is there now
    "who-without": ("She wonders who she would be without her anxiety.", "anxiety", "present"),
    "life-without": ("He cannot picture a life without depression.", "depression", "present"),
    "been-without-is-negated": (
        "He has been without nightmares for weeks.",
        "nightmares",
        "negated",
    ),
    "feeling-down-is-no-improvement": ("She felt down after the session.", "felt down", "present"),
    "free-to-is-no-negation": ("He feels free to skip sessions now.", "skip sessions", "present"),
    "not-recurred": (
        "The nightmares he had in the spring have not recurred.",
        "nightmares",
        "negated",
    ),
    "hasnt-resurfaced": ("Her panic hasn't resurfaced since March.", "panic", "negated"),
    "no-longer-after": ("Flashbacks no longer wake him at night.", "Flashbacks", "negated"),
    "no-longer-reports": (
        "She no longer reports nausea before appointments.",
        "nausea",
        "negated",
    ),
    "does-not-endorse": ("He does not endorse hopelessness today.", "hopelessness", "negated"),
    "is-less": ("Sleep is better and she is less irritable at home.", "irritable", "negated"),
    "has-lifted": ("His low mood has lifted.", "low mood", "negated"),
    "cleared-up": ("The stomach aches cleared up.", "stomach aches", "negated"),
    "stopped-after": ("The panic attacks stopped after the second week.", "panic", "negated"),
    "much-lower": ("Client's anxiety is much lower this week.", "anxiety", "negated"),
    "down-from": ("Anxiety down from 8/10 to 3/10.", "Anxiety", "negated"),
    "rare-now": ("She sleeps better and nightmares are rare now.", "nightmares", "negated"),
    "has-gone": ("The dread before sessions has gone.", "dread", "negated"),
    "better-controlled": (
        "Client's irritability has been better controlled.",
        "irritability",
        "negated",
    ),
    "no-reports-of": ("No reports of nightmares.", "nightmares", "negated"),
    "not-clear-if": ("It is not clear if he relapsed.", "relapsed", "possible"),
    "improved-to": (
        "Her sleep improved to seven hours; insomnia improved to rare.",
        "insomnia",
        "negated",
    ),
    "plan-step-after-a-dash": (
        "Plan - check in about dissociation during exposures.",
        "dissociation",
        "hypothetical",
    ),
    "declined-to-discuss-is-no-plan": (
        "Client declined to discuss the assault.",
        "assault",
        "present",
    ),
    "wasnt-sure": ("He wasn't sure he wanted to continue therapy.", "continue", "possible"),
    "stopped-coming-is-not-improvement": (
        "He was irritable and stopped coming to group.",
        "irritable",
        "present",
    ),
    "improvement-of-another-subject": (
        "She reports nausea and her tension is much improved.",
        "nausea",
        "present",
    ),
    # a negation word that is part of a present sign
    "could-not-stop": ("He could not stop shaking during the exposure.", "shaking", "present"),
    "cant-shake": ("She can't shake the feeling of dread.", "dread", "present"),
    "no-relief-from": ("No relief from the headaches despite rest.", "headaches", "present"),
    "not-able-to": (
        "Was not able to stop ruminating about the argument.",
        "ruminating",
        "present",
    ),
    "not-know-how": (
        "He does not know how to cope without drinking.",
        "cope without drinking",
        "present",
    ),
    "nothing-seems-to-help": ("Nothing seems to help her anxiety.", "anxiety", "present"),
    "not-surprisingly": (
        "Not surprisingly, she was anxious before the session.",
        "anxious",
        "present",
    ),
    "answered-no": ('Asked about self-harm, he said "no."', "self-harm", "negated"),
    "said-no-one-is-not-an-answer": (
        "Tearful, said no one at home listens.",
        "Tearful",
        "present",
    ),
    "wasnt-able-to": ("She wasn't able to stop shaking.", "shaking", "present"),
    "plain-not-still-negates": ("He did not shake during the exposure.", "shake", "negated"),
    "quote-bounds-negation": ('Client said "I am not okay" and cried.', "cried", "present"),
    "single-quote-bounds-negation": (
        "She said the pills 'don't do anything' and asked for a new doctor.",
        "new doctor",
        "present",
    ),
    # pseudo-triggers
    "not-only": ("Client is not only anxious but also irritable.", "anxious", "present"),
    "no-increase": ("No increase in anxiety after the exposure.", "anxiety", "negated"),
    "not-certain-if": ("Not certain if she is depressed.", "depressed", "possible"),
    "si-before-without-plan": (
        "Client reported suicidal ideation without plan or intent.",
        "suicidal ideation",
        "present",
    ),
    "intent-after-without": (
        "Client reported suicidal ideation without plan or intent.",
        "intent",
        "negated",
    ),
    "no-change-is-not-negation": ("No change in her low mood.", "low mood", "present"),
    "pseudo-overlapping-the-span-does-not-hide": (
        "No change in appetite reported.",
        "change in appetite",
        "negated",
    ),
    "possible-that": ("It is possible that client is withdrawing.", "withdrawing", "possible"),
    "not-improved": (
        "His sleep has not improved and he remains exhausted.",
        "exhausted",
        "present",
    ),
    # terminators end the scope
    "but": ("Client denies SI but reports feeling hopeless.", "hopeless", "present"),
    "however": ("No panic attacks; however, she felt overwhelmed.", "overwhelmed", "present"),
    "though": ("Denies anxiety though she appeared tense.", "tense", "present"),
    "although": ("No headaches although she is exhausted.", "exhausted", "present"),
    "except": ("No concerns except irritability at home.", "irritability", "present"),
    "semicolon": ("Denies SI; tearful throughout.", "tearful", "present"),
    "which": ("No homework, which left her frustrated.", "frustrated", "present"),
    "because": ("No panic attacks because she skipped the exposure.", "skipped", "present"),
    "considering-is-not-hypothetical": (
        "Client is considering stopping therapy because it is not helping.",
        "stopping therapy",
        "present",
    ),
    "new-clause": ("Client denies SI and has been feeling hopeless.", "hopeless", "present"),
    # a negation inside the cue span belongs to the sign
    "has-not-returned-calls": (
        "Client has not returned calls.",
        "has not returned calls",
        "present",
    ),
    "did-not-complete": (
        "Client didn't complete the homework.",
        "didn't complete the homework",
        "present",
    ),
    "isnt-ready": ("He isn't ready to change.", "isn't ready to change", "present"),
    "would-not-elaborate": ("She would not elaborate.", "would not elaborate", "present"),
    "did-not-attend": ("Client did not attend the session.", "did not attend", "present"),
    "not-helping": ("Client says therapy is not helping.", "not helping", "present"),
    # possible
    "may": ("Client may be withdrawing from treatment.", "withdrawing from treatment", "possible"),
    "might": ("He might be avoiding the topic.", "avoiding the topic", "possible"),
    "possibly": ("Possibly dissociating when the assault came up.", "dissociating", "possible"),
    "unclear-whether": (
        "It is unclear whether the client is avoiding the topic of his brother.",
        "avoiding the topic",
        "possible",
    ),
    "questionable": ("Questionable self-harm last month.", "self-harm", "possible"),
    "likely": ("Client likely dissociated during the exercise.", "dissociated", "possible"),
    "not-sure": (
        "Client is not sure she wants to continue therapy.",
        "continue therapy",
        "possible",
    ),
    "telegraphic-likely": ("A: Rupture likely.", "Rupture", "possible"),
    "r/o": ("R/o major depressive episode.", "major depressive episode", "possible"),
    "question-mark": ("Passive SI?", "SI", "possible"),
    # hypothetical
    "if": (
        "If she feels overwhelmed during exposure work, we will pause.",
        "overwhelmed",
        "hypothetical",
    ),
    "should-she": (
        "Should she feel unsafe, she will call the crisis line.",
        "unsafe",
        "hypothetical",
    ),
    "in-case": ("Coping card given in case panic returns.", "panic", "hypothetical"),
    "will-monitor-for": (
        "Will monitor for suicidal ideation.",
        "suicidal ideation",
        "hypothetical",
    ),
    "watch-for": ("Watch for signs of relapse.", "relapse", "hypothetical"),
    "plan-to-explore": ("Plan to explore her fear of change.", "fear of change", "hypothetical"),
    "return-if": ("Return if the nightmares worsen.", "nightmares", "hypothetical"),
    "next-session": (
        "Explore ambivalence about change next session.",
        "ambivalence",
        "hypothetical",
    ),
    "stated-intent-is-present": ("She said she will quit therapy.", "quit therapy", "present"),
    "will-return": (
        "He is worried his anxiety will return if he stops therapy.",
        "anxiety",
        "hypothetical",
    ),
    "even-if-is-not": ("She attends even if she is anxious.", "anxious", "present"),
    "feared-future": ("She fears she will relapse over the holidays.", "relapse", "hypothetical"),
    "whenever-is-habitual": (
        "Whenever her father comes up she dissociates.",
        "dissociates",
        "present",
    ),
    # historical, and recent time that is not
    "history-of": ("Client has a history of childhood trauma.", "childhood trauma", "historical"),
    "hx-of": ("Hx of panic attacks.", "panic attacks", "historical"),
    "h/o": ("H/o self-harm.", "self-harm", "historical"),
    "as-a-child": ("She was anxious as a child.", "anxious", "historical"),
    "years-ago": ("He relapsed on alcohol two years ago.", "relapsed", "historical"),
    "previously-diagnosed": (
        "Client was previously diagnosed with panic disorder.",
        "panic disorder",
        "historical",
    ),
    "in-the-past": ("She had flashbacks in the past.", "flashbacks", "historical"),
    "time-inside-the-mark": (
        "Client was tearful while describing her childhood abuse.",
        "childhood abuse",
        "historical",
    ),
    "time-inside-one-mark-not-the-other": (
        "Client was tearful while describing her childhood abuse.",
        "tearful",
        "present",
    ),
    "fronted-time-phrase": ("As a teenager, she self-harmed.", "self-harmed", "historical"),
    "last-week-is-recent": ("Client relapsed last week.", "relapsed", "present"),
    "yesterday-is-recent": ("He had a panic attack yesterday.", "panic attack", "present"),
    "since-last-session-is-recent": (
        "History of insomnia, worse since last session.",
        "insomnia",
        "present",
    ),
    "past-week-is-recent": ("Felt hopeless over the past week.", "hopeless", "present"),
    "far-recent-word-keeps-history": (
        "History of panic attacks, and she started a new job.",
        "panic attacks",
        "historical",
    ),
    "since-childhood-is-ongoing": (
        "She has been anxious since childhood.",
        "anxious",
        "present",
    ),
    "old-habits-is-not-history": ("Back to old habits of isolating.", "isolating", "present"),
    "before-treatment-fronted": (
        "Before beginning counseling, she had binged most nights.",
        "binged",
        "historical",
    ),
    "before-he-started": ("He drank daily before he started treatment.", "drank", "historical"),
    "in-her-twenties": ("She self-harmed in her early twenties.", "self-harmed", "historical"),
    "at-age": ("He was assaulted at age 12.", "assaulted", "historical"),
    "when-he-was-9": ("When he was 9 he had night terrors.", "night terrors", "historical"),
    "in-a-past-year": (
        "She was hospitalized for an overdose in 2017.",
        "overdose",
        "historical",
    ),
    "last-year": ("He relapsed last year.", "relapsed", "historical"),
    "throughout-high-school": (
        "She cut herself throughout high school.",
        "cut herself",
        "historical",
    ),
    "at-seventeen": ("Client attempted suicide at 17.", "attempted suicide", "historical"),
    "before-we-started-working": (
        "Before we started working together she was self-harming weekly.",
        "self-harming",
        "historical",
    ),
    "most-of-her-twenties": (
        "Client was depressed for most of her twenties.",
        "depressed",
        "historical",
    ),
    "ever-since-is-ongoing": (
        "Anxious in crowds ever since the assault in 2019.",
        "Anxious",
        "present",
    ),
    "a-clock-time-is-not-an-age": ("She arrived at 5 and was anxious.", "anxious", "present"),
    "since-age-is-ongoing": ("Anxious since age 12.", "Anxious", "present"),
    "over-the-last-year-is-recent": (
        "Panic attacks over the last year.",
        "Panic attacks",
        "present",
    ),
    # precedence: negation outranks the rest, then the nearest trigger decides
    "nearest-if-beats-might": (
        "She might relapse if she stops therapy.",
        "stops therapy",
        "hypothetical",
    ),
    "no-history-of": ("No history of self-harm.", "self-harm", "negated"),
    # what to do next, said by a clinician anywhere in the note, and what to watch for
    "will-check-in-about": (
        "Writer will check in about his irritation with the fees.",
        "irritation",
        "hypothetical",
    ),
    "plans-to-follow-up-on": (
        "Plan to follow up on her wish to stop therapy.",
        "wish to stop therapy",
        "hypothetical",
    ),
    "should-urges-occur": (
        "He will text his sponsor should the cravings come back.",
        "cravings",
        "hypothetical",
    ),
    "warning-signs-of": (
        "We mapped out warning signs of a depressive dip.",
        "depressive",
        "hypothetical",
    ),
    "as-an-early-warning-sign": (
        "She named isolating as an early warning sign.",
        "isolating",
        "hypothetical",
    ),
    "for-when": ("Built a coping card for when panic hits.", "panic", "hypothetical"),
    "a-stated-intention-to-drop-out-is-a-sign-now": (
        "She said she will drop out of group.",
        "drop out",
        "present",
    ),
    "should-as-advice-is-no-condition": (
        "She thinks she should stop avoiding her sister.",
        "avoiding",
        "present",
    ),
    # the clinician's own uncertainty, in words other than "may"
    "query": ("Query passive SI given her remarks.", "passive SI", "possible"),
    "could-reflect": ("Her lateness could reflect ambivalence.", "ambivalence", "possible"),
    "hard-to-tell-if": (
        "Hard to tell if he is shutting down or tired.",
        "shutting down",
        "possible",
    ),
    "difficult-to-assess": ("Difficult to assess whether SI is present.", "SI", "possible"),
    "hard-to-tell-someone-is-no-doubt": (
        "She finds it hard to tell her mother she is angry.",
        "angry",
        "present",
    ),
    # upbringing as a time, but not the values one was raised with; a later present clause
    "grew-up-with-a": ("He grew up with a violent stepfather.", "violent", "historical"),
    "raised-by": (
        "Raised by an addicted mother, she was often left alone.",
        "left alone",
        "historical",
    ),
    "growing-up-fronted": ("Growing up, she was teased about her weight.", "teased", "historical"),
    "values-she-was-raised-with": (
        "The exposure plan clashes with how she was raised.",
        "clashes",
        "present",
    ),
    "message-he-grew-up-with": (
        "Self-care contradicts the message he grew up with.",
        "contradicts",
        "present",
    ),
    "present-clause-after-upbringing": (
        "Raised by a cold father, he struggles to trust anyone.",
        "struggles to trust",
        "present",
    ),
    "present-clause-after-years-ago": (
        "Her son died four years ago, and she is still numb most days.",
        "numb",
        "present",
    ),
    # ongoing since an event
    "since-the-event": (
        "Panic attacks since the accident two years ago.",
        "Panic attacks",
        "present",
    ),
    "since-her-divorce": ("Low mood since her divorce years ago.", "Low mood", "present"),
    # an age in words, after a preposition; an age in apposition is no time of the event
    "age-of-in-words": (
        "She was molested at the age of eight, by a neighbour.",
        "molested",
        "historical",
    ),
    "at-age-in-words": ("He was bullied at age eleven.", "bullied", "historical"),
    # a previous therapy or therapist frames what happened there as history, not this treatment
    "in-a-previous-therapy": (
        "With her former counselor she often felt talked down to.",
        "talked down to",
        "historical",
    ),
    "dismissed-by-a-prior-therapist": (
        "He felt brushed off by a prior psychiatrist.",
        "brushed off",
        "historical",
    ),
    "our-work-unlike-the-previous-one": (
        "She feels unheard in our sessions, unlike with her old therapist.",
        "unheard",
        "present",
    ),
    "last-session-is-not-a-previous-therapy": (
        "In the last therapy session he seemed guarded.",
        "guarded",
        "present",
    ),
    "as-a-n-year-old": ("Client was sexually abused as a nine-year-old.", "abused", "historical"),
    "during-adolescence": ("She was abused during adolescence.", "abused", "historical"),
    "a-child-of-an-age-is-no-time": ("Her son, a 9-year-old, is anxious.", "anxious", "present"),
    "age-apposition-kin": ("Her daughter, age 9, seems withdrawn.", "withdrawn", "present"),
    "age-apposition-client": ("Client, age 17, reports panic at night.", "panic", "present"),
    # a remark the clinician calls vague or veiled leaves the finding uncertain
    "veiled-comment": (
        "He made a veiled comment about ending it all.",
        "ending it all",
        "possible",
    ),
    "oblique-reference": (
        "She made an oblique reference to not wanting to wake up.",
        "not wanting to wake up",
        "possible",
    ),
    "clear-statement-is-present": (
        "He made a clear statement about wanting to die.",
        "wanting to die",
        "present",
    ),
    # "seemed" is how clinicians write an observation: a hedge of style, not uncertainty
    "it-seemed-is-an-observation": ("It seemed she was more guarded today.", "guarded", "present"),
    "seemed-is-an-observation": ("She seemed withdrawn.", "withdrawn", "present"),
    # a move between levels of care, or an idiom with "down to", is no improvement
    "stepped-down-to-iop": (
        "Since being stepped down to IOP she has been purging daily.",
        "purging",
        "present",
    ),
    "step-down-to-outpatient": (
        "After the step-down to outpatient care, bingeing returned.",
        "bingeing",
        "present",
    ),
    "comes-down-to": ("He says it comes down to feeling worthless.", "worthless", "present"),
    "cut-down-to-is-still-improvement": (
        "Cutting is down to once a month.",
        "Cutting",
        "negated",
    ),
    # a hedge inside the clinician's next step: the step decides
    "explore-possible": (
        "Will explore possible shame about the binge next week.",
        "shame",
        "hypothetical",
    ),
    "assess-for-any": ("Plan to assess any resentment toward me.", "resentment", "hypothetical"),
    "possible-alone-stays-possible": (
        "Possible resentment toward her mother.",
        "resentment",
        "possible",
    ),
    # a result clause after a condition states what the client does now
    "if-then-so": (
        "If she eats dinner she will feel fat, so she keeps skipping meals.",
        "skipping meals",
        "present",
    ),
    "which-is-why": (
        "He fears that if he cries he will fall apart, which is why he avoids the topic.",
        "avoids the topic",
        "present",
    ),
    "condition-itself-stays-hypothetical": (
        "If she stops purging, so she says, she will gain weight.",
        "purging",
        "hypothetical",
    ),
    # school grades and a previous provider date the finding
    "in-sixth-grade": ("She was bullied in sixth grade.", "bullied", "historical"),
    "in-grade-9": ("Began restricting in grade 9.", "restricting", "historical"),
    "first-month-is-not-a-grade": (
        "She is doing worse now than in the first month after the funeral.",
        "doing worse",
        "present",
    ),
    "in-kindergarten": (
        "Separation anxiety began in kindergarten.",
        "Separation anxiety",
        "historical",
    ),
    "since-grade-is-ongoing": ("Restricting since 8th grade.", "Restricting", "present"),
    "previously-saw": (
        "He previously saw a psychiatrist for low mood and panic.",
        "panic",
        "historical",
    ),
    # "and that" opens a new reported clause: an earlier negation stops there
    "and-that-new-clause": (
        "She said she doesn't blame me and that she is thinking of quitting.",
        "thinking of quitting",
        "present",
    ),
    "no-x-or-y-still-negated": ("Denies urges or thoughts of cutting.", "cutting", "negated"),
    # the client's own tentative intent ("maybe I should stop coming") is what she voiced
    "maybe-she-should": (
        "He says maybe he should take a break from therapy.",
        "take a break from therapy",
        "present",
    ),
    "maybe-alone-is-the-clinicians-doubt": (
        "Maybe she is more withdrawn than she admits.",
        "withdrawn",
        "possible",
    ),
    "maybe-she-will-is-a-prediction": (
        "Perhaps she will drop out after the holidays.",
        "drop out",
        "possible",
    ),
    # plain present
    "present": ("Client was tearful and irritable.", "irritable", "present"),
}


@pytest.mark.parametrize(("text", "target", "expected"), ASSERTIONS.values(), ids=ASSERTIONS)
def test_assertion(text, target, expected):
    assert assess(text, target)["assertion"] == expected


def test_plan_section_language_is_hypothetical():
    note = "S: Client felt misunderstood.\nP: Explore feeling misunderstood with client."
    last = note.rindex("misunderstood")
    result = nlp.assess_span(note, last, last + len("misunderstood"))
    assert result["assertion"] == "hypothetical"
    assert {"category": "plan", "rule": "section.plan", "text": "Plan section"} in result[
        "context_cues"
    ]
    first = note.index("misunderstood")
    assert nlp.assess_span(note, first, first + len("misunderstood"))["assertion"] == "present"


def test_plan_section_report_of_what_happened_stays_present():
    note = "P: Client reported feeling hopeless today; continue weekly sessions."
    assert assess(note, "hopeless")["assertion"] == "present"
    note = "P: Client called and asked to pause sessions."
    assert assess(note, "pause sessions")["assertion"] == "present"
    note = "P: Discuss whether to pause sessions."
    assert assess(note, "pause sessions")["assertion"] == "hypothetical"


def test_plan_step_about_a_reported_finding_stays_hypothetical():
    for note, target in (
        ("P: Follow up on reported flashbacks next visit.", "flashbacks"),
        ("Plan: Monitor endorsed hopelessness.", "hopelessness"),
        ("P: Revisit the client's described panic.", "panic"),
        ("- Follow up on reported nightmares next visit.", "nightmares"),
        ("Next time: revisit her reported wish to quit.", "wish to quit"),
    ):
        assert assess(note, target)["assertion"] == "hypothetical", note
    assert assess("P: She reported panic twice this week.", "panic")["assertion"] == "present"


def test_every_decision_is_explained():
    result = assess("Client denies SI but reports feeling hopeless.", "SI")
    assert result["context_cues"] == [
        {"category": "negated", "rule": "neg.denies", "text": "denies"}
    ]
    assert assess("Client was tearful.", "tearful")["context_cues"] == []


def test_trigger_inside_the_span_is_ignored():
    text = "Client did not attend."
    assert assess(text, "did not attend")["assertion"] == "present"
    assert assess(text, "attend")["assertion"] == "negated"


def test_scope_stops_at_the_sentence():
    assert assess("Client denies SI. She is hopeless.", "hopeless")["assertion"] == "present"


def test_shipped_rules_load_with_unique_ids():
    categories, rules = load_rules()
    ids = [rule.id for rule, _ in rules]
    assert len(ids) == len(set(ids))
    assert {"negated", "possible", "hypothetical", "historical"} <= set(categories)


def test_no_shipped_rule_needs_the_token_matcher(pipeline):
    # spaCy's Matcher costs about 0.2 ms a note even for one optional-token pattern
    assert len(pipeline.get_pipe("ntr_context").matcher) == 0


SEQUENCE_TEXTS = [
    "When he was 12 he worried that he would fail; in her early twenties she drank.",
    "I noticed she and her mother were tense, and she said she feels the therapist is cold.",
    "Nothing seems to help. Back in 1998, when she was a teen, it stopped. Fears she might go.",
    "He said, no, the pain eased after, and I wonder if I am pushing; client and his dad left.",
]


def test_anchored_patterns_match_what_spacys_matcher_matches(pipeline):
    engine = pipeline.get_pipe("ntr_context")
    _, rules = load_rules()
    keys = {
        key
        for values in engine.anchored.anchored.values()
        for filed in values.values()
        for key, *_ in filed
    }
    reference = Matcher(pipeline.vocab)
    for rule, raw in rules:
        if pipeline.vocab.strings[rule.id] in keys:
            reference.add(rule.id, [raw["pattern"]])
    assert len(reference) >= 3  # the shipped rules do use them
    for text in SEQUENCE_TEXTS:
        doc = pipeline.make_doc(text)
        found = engine.anchored(doc)
        assert sorted(found) == sorted(reference(doc))
    assert any(engine.anchored(pipeline.make_doc(t)) for t in SEQUENCE_TEXTS)


GOOD = {"id": "x.ok", "category": "negated", "direction": "forward", "literal": "no"}
BAD_RULES = {
    "unknown-key": ({**GOOD, "scope": 3}, "unknown keys ['scope']"),
    "bad-direction": ({**GOOD, "direction": "sideways"}, "bad direction 'sideways'"),
    "unknown-category": ({**GOOD, "category": "denied"}, "unknown category 'denied'"),
    "literal-and-pattern": ({**GOOD, "pattern": [{"LOWER": "no"}]}, "exactly one of"),
    "bad-scope": ({**GOOD, "max_scope": 0}, "max_scope"),
    "empty-literal": ({**GOOD, "literal": [""]}, "'literal'"),
    "clause-on-a-trigger": ({**GOOD, "clause": 2}, "'clause'"),
}


@pytest.mark.parametrize(("rule", "message"), BAD_RULES.values(), ids=BAD_RULES)
def test_bad_rule_fails_loudly_naming_file_rule_and_keys(rule, message):
    data = {"categories": {"negated": {"assertion": "negated", "priority": 1}}, "rules": [rule]}
    with pytest.raises(ContextRuleError) as err:
        parse_rules(json.loads(json.dumps(data)), "my_rules.json")
    text = str(err.value)
    assert "my_rules.json" in text and "'x.ok'" in text and message in text
    assert "allowed keys: ['blocks', 'category', 'clause', 'direction', 'id', 'literal'" in text


def test_duplicate_rule_id_fails():
    data = {"categories": {"negated": {"priority": 1}}, "rules": [GOOD, GOOD]}
    with pytest.raises(ContextRuleError, match="duplicate id"):
        parse_rules(data, "dup.json")


def test_component_annotates_every_cue_span_in_the_pipeline(pipeline):
    doc = pipeline("Pt denies SI. Her mother is anxious. She cancelled after our session.")
    marks = {span.label_: span for span in doc.spans["ntr"]}
    assert marks["risk.safety"]._.assertion == "negated"
    assert marks["sign.emotional"]._.experiencer == "other"
    assert marks["sign.avoidance"]._.therapy_linked is True
    assert all(isinstance(span._.context_cues, list) for span in doc.spans["ntr"])


def test_component_runs_on_a_bare_pipeline_with_hand_made_spans():
    bare = spacy.blank("en")
    bare.add_pipe("sentencizer")
    context = bare.add_pipe("ntr_context")
    doc = bare.make_doc("Client denies feeling hopeless. She is tearful.")
    doc = bare.get_pipe("sentencizer")(doc)
    doc.spans["ntr"] = [Span(doc, 3, 4, label="sign.emotional"), Span(doc, 7, 8)]
    context(doc)
    hopeless, tearful = doc.spans["ntr"]
    assert (hopeless._.assertion, tearful._.assertion) == ("negated", "present")


def test_negation_inside_another_cue_belongs_to_that_sign():
    text = "Client no-showed, anxious about it."
    marks = {a["label"]: a for a in nlp.annotate(text)["annotations"]}
    assert marks["sign.avoidance"]["assertion"] == "present"
    assert marks["sign.emotional"]["assertion"] == "present"
    assert assess("No sleep, anxious about it.", "anxious")["assertion"] == "negated"


def test_pseudo_trigger_blocking_unknown_categories_fails():
    data = {
        "categories": {"negated": {"priority": 1}, "pseudo": {}},
        "rules": [{"id": "p.x", "category": "pseudo", "blocks": ["denied"], "literal": "not only"}],
    }
    with pytest.raises(ContextRuleError, match=r"'p\.x'.*unknown categories"):
        parse_rules(data, "p.json")


def test_annotated_doc_still_serialises(pipeline):
    doc = pipeline("Pt denies SI. Her mother is anxious.")
    assert doc.to_bytes()


def test_no_scope_runs_past_max_reach():
    filler = "then more and more talk " * 30  # 150 tokens, no terminator
    assert assess(f"No sleep {filler} anxious.", "anxious")["assertion"] == "present"
    assert assess("No sleep, then anxious.", "anxious")["assertion"] == "negated"


WORDS = (
    'no not denies if may history of her mother I " but ; session anxious withdrew SI 🙂 P: less'
)
WORDS = [*WORDS.split(), "\r\n", ","]


@settings(max_examples=60, deadline=None)
@given(st.lists(st.sampled_from(WORDS), min_size=1, max_size=40), st.data())
def test_any_span_of_any_text_gets_a_valid_context(words, data):
    text = " ".join(words)
    start = data.draw(st.integers(0, len(text) - 1))
    end = data.draw(st.integers(start + 1, len(text)))
    assume(text[start:end].strip())  # a span of spaces alone is a caller error (ValueError)
    result = nlp.assess_span(text, start, end)
    assert result["assertion"] in {"present", "negated", "possible", "hypothetical", "historical"}
    assert result["experiencer"] in {"client", "other"}
    assert isinstance(result["therapy_linked"], bool)
    assert all(set(cue) == {"category", "rule", "text"} for cue in result["context_cues"])
    assert all(cue["text"] in text or cue["category"] == "plan" for cue in result["context_cues"])
