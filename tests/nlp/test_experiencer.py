"""Who experiences the mark: the client, or someone else named in the sentence."""

import pytest

import nlp


def assess(text: str, target: str) -> dict:
    start = text.lower().index(target.lower())
    return nlp.assess_span(text, start, start + len(target))


# (sentence, target span, expected experiencer)
EXPERIENCERS = {
    "her-mother": ("Her mother feels misunderstood by the family.", "misunderstood", "other"),
    "his-partner": ("His partner is frustrated with the slow progress.", "frustrated", "other"),
    "clients-son": ("Client's son has been skipping school and is anxious.", "anxious", "other"),
    "coworker": ("A coworker has been hostile and irritable.", "irritable", "other"),
    "family-history": ("Family history of depression.", "depression", "other"),
    "therapist": ("Therapist felt frustrated during the session.", "frustrated", "other"),
    "i-is-the-therapist": ("I felt frustrated with the lack of progress.", "frustrated", "other"),
    "this-writer": ("This writer was tired and distracted.", "distracted", "other"),
    "quoted-i-is-the-client": (
        'Client said, "I feel hopeless about all of this."',
        "hopeless",
        "client",
    ),
    "curly-quotes": ("She said “I just want to quit therapy.”", "quit therapy", "client"),
    "client-nearer-than-kin": (
        "Her husband says she has been withdrawn.",
        "withdrawn",
        "client",
    ),
    "kin-as-object": ("Client is frustrated with her mother.", "frustrated", "client"),
    "kin-after-span": (
        "Client feels conflicted about setting boundaries with his mother.",
        "conflicted",
        "client",
    ),
    "by-the-therapist": ("Client felt judged by the therapist.", "judged", "client"),
    "angry-at-me": ("She is angry at me for bringing up her eating.", "angry", "client"),
    "i-observed": ("I noticed she was tearful.", "tearful", "client"),
    "i-observed-no-subject": ("I noted marked irritability.", "irritability", "client"),
    "therapist-worried": ("I was worried the client felt judged.", "worried", "other"),
    "observed-client-after-worried": (
        "I was worried the client felt judged.",
        "felt judged",
        "client",
    ),
    "as-a-child-is-not-a-child": ("As a child, anxious most days.", "anxious", "client"),
    "birp-intervention-header-is-not-i": (
        "I: Therapist reflected her frustration.",
        "frustration",
        "client",
    ),
    "writer-is-the-clinician": (
        "Writer felt frustrated by the lack of progress.",
        "frustrated",
        "other",
    ),
    "a-writer-is-a-job": ("She is a writer and feels anxious.", "anxious", "client"),
    "possessive-before-the-mark": (
        "Her family wanted to talk about her panic attacks.",
        "panic attacks",
        "client",
    ),
    "client-reports-what-i-do": (
        "He feels that I don't understand his job.",
        "don't understand",
        "client",
    ),
    "client-view-of-the-therapist": (
        "Client felt the therapist was dismissive of her concerns.",
        "dismissive",
        "client",
    ),
    "whether-the-therapist": (
        "Client questioned whether the therapist is a good fit.",
        "good fit",
        "client",
    ),
    "client-view-of-her-mother-is-the-mothers": (
        "Client felt her mother was dismissive of her concerns.",
        "dismissive",
        "other",
    ),
    "kin-possessive-after-a-preposition": (
        "Client worries about her daughter's anxiety.",
        "anxiety",
        "other",
    ),
    "left-me-drained": ("The session left me feeling drained.", "drained", "other"),
    "told-me-she": ("Client told me she felt hopeless.", "hopeless", "client"),
    "stepdad": ("His stepdad was abusive and often drunk.", "drunk", "other"),
    "group-members": ("Group members appeared anxious during the exercise.", "anxious", "other"),
    "another-client": ("Another client in group became tearful.", "tearful", "other"),
    "object-pronoun-is-the-client": ("Peers at school describe him as angry.", "angry", "client"),
    "kin-who-after-a-preposition": (
        "Client is worried about her son, who has been suicidal.",
        "suicidal",
        "other",
    ),
    "client-and-her-sister": (
        "Client and her sister both feel overwhelmed.",
        "overwhelmed",
        "client",
    ),
    "client-default": ("Tearful throughout.", "Tearful", "client"),
    "sponsor": ("His sponsor is disappointed in him.", "disappointed", "other"),
    "case-manager": ("Her case manager seemed irritated on the call.", "irritated", "other"),
    "my-own": ("I was aware of my own irritation in the session.", "irritation", "other"),
    "my-client": ("I noticed my client became tearful.", "tearful", "client"),
    "single-quoted-i": ("Client said, 'I feel like a failure.'", "failure", "client"),
    "quoted-i-after-quoted-kin": (
        "She said, 'When my mom calls I get anxious.'",
        "anxious",
        "client",
    ),
    "quoted-kin": ('He said "my brother is always angry."', "angry", "other"),
    "worries-i": (
        "She worries I am siding with her partner.",
        "siding with her partner",
        "client",
    ),
    "fears-that-i": ("He fears that I will judge him.", "judge", "client"),
    "quoted-my-therapist-is-the-clients-complaint": (
        "He said, 'My therapist doesn't get me.'",
        "doesn't get me",
        "client",
    ),
    "plural-possessive-is-no-quote": (
        "Her parents' house feels tense and I felt uneasy there.",
        "uneasy",
        "other",
    ),
    "new-clause-client": ("Her mother is ill; client is anxious.", "anxious", "client"),
    # the client's quoted words that name the client ("me") are the client's, whoever comes first
    "quoted-me-after-a-relative": (
        'He said his wife "would be happier without me."',
        "happier without me",
        "client",
    ),
    "quoted-me-after-everyone": (
        'She dreads getting well ("everyone will lean on me").',
        "lean on me",
        "client",
    ),
    "quote-about-a-relative": ('She said her husband "just shuts down."', "shuts down", "other"),
    # the observer noticing their own state is the therapist's, not the client's
    "writer-noticed-feeling": (
        "This writer noticed feeling impatient during the session.",
        "impatient",
        "other",
    ),
    "clinician-caught-herself": (
        "Clinician caught herself feeling irritated.",
        "irritated",
        "other",
    ),
    "therapist-noticed-her-feeling": ("Therapist noticed her feeling uneasy.", "uneasy", "client"),
    "client-noticed-herself": (
        "Client noticed herself withdrawing from friends.",
        "withdrawing",
        "client",
    ),
    # a relative reporting what they see at home is an informant: the finding is the client's
    "informant-mother": ("Mom reports increased isolation at home.", "isolation", "client"),
    "informant-teacher": (
        "Her teacher noted frequent tearfulness in class.",
        "tearfulness",
        "client",
    ),
    "informant-per": ("Per dad, more irritable at home.", "irritable", "client"),
    "informant-his": ("Mother says his anxiety is worse.", "anxiety", "client"),
    "relative-reports-own-feeling": (
        "Mom reports feeling overwhelmed by his behavior.",
        "overwhelmed",
        "other",
    ),
    "relative-has-the-finding": ("Client's father has depression.", "depression", "other"),
    # the clinician's concern is about the client's state
    "writer-has-concerns": ("Writer has concerns about her withdrawal.", "withdrawal", "client"),
    "therapist-is-concerned": (
        "Therapist is concerned about his isolation.",
        "isolation",
        "client",
    ),
    "therapist-own-reaction": ("I had a strong reaction and felt irritated.", "irritated", "other"),
    # what someone did to her is hers: the object right after the mark
    "a-father-who-hit-her": ("Her father, who hit her, drank daily.", "hit", "client"),
    "her-partner-shoved-her": ("Her partner shoved her during an argument.", "shoved", "client"),
    "reflexive-stays-the-subjects": (
        "His brother threatened to hurt himself.",
        "hurt himself",
        "other",
    ),
    "angry-at-her-stays-the-mothers": ("Her mother is angry at her.", "angry", "other"),
    # a person the client reaches out to is no experiencer
    "text-her-sponsor": ("She will text her sponsor when cravings hit.", "cravings", "client"),
    "visit-his-father": (
        "He plans to visit his father, which leaves him tense.",
        "tense",
        "client",
    ),
    # a relative inside an object clause ("the idea that ...") is not the main clause's subject
    "object-clause-then-main-predicate": (
        "He finds the notion that his father was cruel hard to accept.",
        "hard to accept",
        "client",
    ),
    "object-clause-own-predicate": (
        "The fact that her brother is using again frightens her.",
        "using again",
        "other",
    ),
    # a relative disclosing their OWN history in a family session: it is theirs
    "parent-discloses-own-history": (
        "Dad disclosed his own history of depression in his twenties.",
        "depression",
        "other",
    ),
    "parent-talks-about-own": (
        "Mother spoke about her own purging when she was at college.",
        "purging",
        "other",
    ),
    "parent-reports-teens-history": (
        "Mother shared the history of cutting that started last spring.",
        "cutting",
        "client",
    ),
    # how the client sees the therapist: the attributes are the therapist's
    "experiences-me-as": (
        "She experiences me as cold and dismissive of her grief.",
        "dismissive",
        "other",
    ),
    "sees-me-as": ("He sees me as judgmental.", "judgmental", "other"),
    "feels-seen-by-me-is-hers": ("She said she feels judged by me.", "judged", "client"),
    # a provider or stranger named after "by a", "saw a" acts on the client, who still feels it
    "by-a-male-doctor": (
        "Being examined by a male doctor set off flashbacks.",
        "flashbacks",
        "client",
    ),
    "saw-a-school-counselor": (
        "She once saw a school counselor for panic attacks.",
        "panic attacks",
        "client",
    ),
    "by-therapist-then-own-verb": (
        "Felt dismissed by therapist and withdrew.",
        "withdrew",
        "client",
    ),
    "doctor-as-subject": ("A male doctor was anxious about the exam.", "anxious", "other"),
    # a relative clause keeps its subject across a coordinated verb
    "who-and-has-been": (
        "Her sister, who has been struggling at her new job and has been crying often, moved in.",
        "crying",
        "other",
    ),
    # a pronoun of the other gender than the client's, after that relative, is the relative
    "her-father-then-he": (
        "She said her father lost his job and that he is drinking again.",
        "drinking again",
        "other",
    ),
    "his-wife-then-she": (
        "His wife told him last week that she feels hopeless.",
        "hopeless",
        "other",
    ),
    "her-brother-then-his": (
        "She described finding her brother after his overdose.",
        "overdose",
        "other",
    ),
    "his-own-without-a-her-relative": (
        "He talked about his relapse after the holidays.",
        "relapse",
        "client",
    ),
    "bare-dad-then-he-is-the-client": (
        "Dad says he has been isolating since the move.",
        "isolating",
        "client",
    ),
    "her-father-then-she-is-the-client": (
        "Her father moved out and she has been tearful since.",
        "tearful",
        "client",
    ),
    "his-mother-then-he-is-the-client": (
        "His mother died in March and he has been numb since.",
        "numb",
        "client",
    ),
    "informant-she-then-he-is-the-client": (
        "Mom said she worries he is isolating.",
        "isolating",
        "client",
    ),
    "her-own-after-he": (
        "Her brother visited, and he says her mood is low.",
        "mood is low",
        "client",
    ),
    # in child-and-family notes the teen is the client
    "the-teen": (
        "Mom is worried, and the teen says she feels hopeless.",
        "hopeless",
        "client",
    ),
    "teen-after-parent": (
        "Dad yells at home and the adolescent is withdrawn.",
        "withdrawn",
        "client",
    ),
    "her-teenage-daughter": (
        "Client's teen daughter has been anxious at school.",
        "anxious",
        "other",
    ),
    "who-then-client-clause": (
        "Her sister, who moved in last month, is loud and client feels irritable.",
        "irritable",
        "client",
    ),
}


@pytest.mark.parametrize(("text", "target", "expected"), EXPERIENCERS.values(), ids=EXPERIENCERS)
def test_experiencer(text, target, expected):
    assert assess(text, target)["experiencer"] == expected


def test_other_experiencer_is_explained():
    cues = assess("Her partner is frustrated.", "frustrated")["context_cues"]
    assert cues == [{"category": "other_experiencer", "rule": "exp.kin", "text": "partner"}]


def test_experiencer_and_assertion_combine():
    result = assess("Her mother denies feeling depressed.", "depressed")
    assert (result["assertion"], result["experiencer"]) == ("negated", "other")
