"""Lexicon breadth: whole phenomena from clinical and psychotherapy language, several phrasings
each, and the look-alikes that must not fire. My own sentences, not evaluation rows."""

import pytest

import nlp

from .helpers import cue_texts

# (text, label, a word the cue span must contain)
POSITIVE = [
    # cause.alliance: the task derided (3RS confrontation about the tasks)
    ("He waved off the grounding skill as kindergarten stuff.", "cause.alliance", "kindergarten"),
    ("She says the worksheets feel like busywork.", "cause.alliance", "busywork"),
    ('Called the breathing exercise "useless."', "cause.alliance", "useless"),
    ("Described the thought records as pointless.", "cause.alliance", "pointless"),
    ("Said this is all just psychobabble.", "cause.alliance", "psychobabble"),
    ('"What am I paying you for?"', "cause.alliance", "paying"),
    # cause.alliance: a case, not a person
    ("She said she feels like a project to me.", "cause.alliance", "project"),
    ("Feels like just a number to the therapist.", "cause.alliance", "number"),
    ("He feels treated like a lab rat.", "cause.alliance", "lab rat"),
    # cause.alliance: doubting the clinician or the prescriber, wanting another
    ("Wonders whether her psychiatrist actually listens.", "cause.alliance", "listens"),
    ("Says the NP doesn't really listen.", "cause.alliance", "listen"),
    ("Asked whether a female therapist would understand her better.", "cause.alliance", "female"),
    ("He has asked for a different prescriber.", "cause.alliance", "prescriber"),
    ("Wants someone with more experience.", "cause.alliance", "experience"),
    # cause.alliance: medication and the frame (fees, session length)
    ("Reports the meds aren't doing anything.", "cause.alliance", "meds"),
    ("States the medication does nothing.", "cause.alliance", "nothing"),
    ("Annoyed that visits are only 15 minutes.", "cause.alliance", "visits"),
    ("Complains the fees are way too high.", "cause.alliance", "fees"),
    ("She feels unsafe with me since last week.", "cause.alliance", "unsafe"),
    # sign.worsening
    ("PHQ-9 scores have climbed since intake.", "sign.worsening", "climbed"),
    ("His anxiety rose sharply this month.", "sign.worsening", "rose"),
    ("The depression seems to have deepened.", "sign.worsening", "deepened"),
    ('"Honestly I was doing better before I started coming here."', "sign.worsening", "before"),
    ("She feels awful for days after we talk about the divorce.", "sign.worsening", "days"),
    ("He says this is the worst it has been.", "sign.worsening", "worst"),
    # sign.regression: relapse phrasings
    ("He drank again after 90 days sober.", "sign.regression", "sober"),
    ("She used twice over the weekend after six months clean.", "sign.regression", "clean"),
    ("Broke a 60-day sobriety streak on Friday.", "sign.regression", "sobriety"),
    ("He picked up again after two years clean.", "sign.regression", "picked"),
    ("The checking rituals are back.", "sign.regression", "back"),
    ("Symptoms are back to pre-treatment levels.", "sign.regression", "back"),
    # cause.fear_of_change: MI sustain talk, fear of losing the old way
    ("Letting go of the drinking feels terrifying to her.", "cause.fear_of_change", "terrifying"),
    ("Giving up the rituals seems so dangerous, she said.", "cause.fear_of_change", "dangerous"),
    ("The thought of quitting cannabis terrifies him.", "cause.fear_of_change", "quitting"),
    ("He is reluctant to taper off the Xanax.", "cause.fear_of_change", "taper"),
    ("Fears that getting healthier will cost her a friend.", "cause.fear_of_change", "cost"),
    ('"I\'m not sure I want to give up drinking."', "cause.fear_of_change", "give"),
    ("Weed is the only thing that takes the edge off.", "cause.fear_of_change", "edge"),
    ("He would not know how to cope without the pills.", "cause.fear_of_change", "without"),
    ("Says she needs it to sleep.", "cause.fear_of_change", "sleep"),
    # cause.dissonance
    ("The memory is incompatible with the family story.", "cause.dissonance", "incompatible"),
    ("What she learned doesn't square with her faith.", "cause.dissonance", "square"),
    ("The abuse doesn't fit with how she sees her father.", "cause.dissonance", "fit"),
    ("Everything he thought he knew about his dad is shaken.", "cause.dissonance", "everything"),
    # cause.trauma: dissociation, numbing, hypervigilance, re-experiencing
    ("She felt numb and far away when the crash came up.", "cause.trauma", "far away"),
    ("Described watching herself from above during the memory.", "cause.trauma", "watching"),
    ("He jumps at every loud noise since the deployment.", "cause.trauma", "noise"),
    ("Sat scanning the room for exits.", "cause.trauma", "scanning"),
    ("Said it felt like it was happening all over again.", "cause.trauma", "happening"),
    ("Keeps replaying the assault at night.", "cause.trauma", "replaying"),
    # sign.physical: body tension
    ('"My neck and shoulders have been so stiff."', "sign.physical", "stiff"),
    ("His jaw is clenched most days.", "sign.physical", "clenched"),
    ("Reports a weight on her chest before sessions.", "sign.physical", "chest"),
    # sign.avoidance: out of contact, leaving therapy
    ("He has not returned the last three phone calls from the clinic.", "sign.avoidance", "calls"),
    ("Client has not responded to our texts.", "sign.avoidance", "texts"),
    ("She did not answer the door at the home visit.", "sign.avoidance", "door"),
    ("Lost to follow-up since March.", "sign.avoidance", "follow"),
    ("She quit the group program last week.", "sign.avoidance", "quit"),
    # risk.safety: indirect, passive and preparatory statements
    ('"Some nights I sit with the pills and think about it."', "risk.safety", "pills"),
    ("She holds the bottle of pills and thinks about taking them.", "risk.safety", "pills"),
    ("Said her family would be better off if she were gone.", "risk.safety", "better off"),
    ("\"I wouldn't care if I didn't wake up.\"", "risk.safety", "wake"),
    ("He wishes a truck would hit him.", "risk.safety", "hit"),
    ("Looked up how many pills it would take.", "risk.safety", "pills"),
    ("Says he is tired of living.", "risk.safety", "living"),
    # sign.emotional
    ("Her voice broke when she named her son.", "sign.emotional", "voice"),
    ("He could not stop sobbing.", "sign.emotional", "sobbing"),
    # sign.withdrawal: 3RS withdrawal markers
    ("Affect constricted, eye contact poor.", "sign.withdrawal", "constricted"),
    ("Spent the hour intellectualizing about theory.", "sign.resistance", "intellectualizing"),
    ("Kept things on the surface and talked about the weather.", "sign.withdrawal", "surface"),
    ("Kept her camera off for the whole telehealth session.", "sign.withdrawal", "camera"),
    # second round: more phrasings of the same phenomena
    ("Panic attacks are more frequent now.", "sign.worsening", "frequent"),
    ("He is drinking a lot more since the exposure work.", "sign.worsening", "drinking"),
    ("She says the sessions are making everything worse.", "sign.worsening", "worse"),
    ("He slipped and had two beers at the game.", "sign.regression", "slipped"),
    ("Back to checking the stove twenty times.", "sign.regression", "checking"),
    ("Smoked a joint for the first time since spring.", "sign.regression", "first time"),
    ("Reports a slip with alcohol at the wedding.", "sign.regression", "slip"),
    ("She felt I brushed off her worries.", "cause.alliance", "brushed"),
    ("He says I don't really care about him.", "cause.alliance", "care"),
    ("He felt I was siding with his mother.", "cause.alliance", "siding"),
    ("Does not think EMDR is right for her.", "cause.alliance", "right"),
    ("Irritated that I was late again.", "cause.alliance", "late"),
    ("Sobriety feels like losing a friend, he said.", "cause.fear_of_change", "losing"),
    ("She says the worry keeps her safe.", "cause.fear_of_change", "safe"),
    ("He likes the way weed makes him feel.", "cause.fear_of_change", "makes"),
    ("Quitting now would be way too hard.", "cause.fear_of_change", "hard"),
    ("He does not see his gambling as a problem.", "cause.fear_of_change", "problem"),
    ("She cannot accept that her mother knew.", "cause.dissonance", "accept"),
    ("Feels disloyal for questioning her parents' choices.", "cause.dissonance", "questioning"),
    ("Asking for help feels like weakness to him.", "cause.dissonance", "weakness"),
    ("He is wrestling with what it says about him.", "cause.dissonance", "wrestling"),
    ("Everything feels unreal since the exposure.", "cause.trauma", "unreal"),
    ("She has been thinking about ending things.", "risk.safety", "ending things"),
    ("He has been giving away his belongings.", "risk.safety", "belongings"),
    ("Has thoughts of driving off the bridge.", "risk.safety", "driving"),
    ("She burned her wrist with a lighter.", "risk.safety", "lighter"),
    ("He keeps a stash of pills in the drawer.", "risk.safety", "stash"),
    ("Client has been waking at 3am every night.", "sign.physical", "3am"),
    ("Left halfway through the session.", "sign.avoidance", "halfway"),
    ("He keeps finding excuses not to come.", "sign.avoidance", "excuses"),
    ("Sat with her head down for most of the hour.", "sign.withdrawal", "head down"),
    # third round: shorthand, scores, client quotes
    ("Sx exacerbated after the imaginal exposure.", "sign.worsening", "exacerbated"),
    ("She is clearly worse than at intake.", "sign.worsening", "intake"),
    ("GAD-7 up 6 points this month.", "sign.worsening", "up"),
    ("He has lost the gains from the summer.", "sign.worsening", "gains"),
    ("The old rituals are creeping back in.", "sign.regression", "creeping"),
    ("Upset that I kept bringing up her ex.", "cause.alliance", "bringing"),
    ("Pt irritated w/ therapist about the log.", "cause.alliance", "w/"),
    ("She does not feel safe opening up to me.", "cause.alliance", "opening"),
    ("He said I sound like a textbook.", "cause.alliance", "textbook"),
    ('"If I quit drinking I won\'t have anyone to hang out with."', "cause.fear_of_change", "if"),
    ("She is used to feeling this way.", "cause.fear_of_change", "used"),
    ("Change has always been hard for him.", "cause.fear_of_change", "hard"),
    ("She feels like a hypocrite at church.", "cause.dissonance", "hypocrite"),
    ("The label does not fit the way he sees himself.", "cause.dissonance", "fit"),
    ("Struggles to square her values with the new job.", "cause.dissonance", "square"),
    ('"Everyone would be better off with me six feet under."', "risk.safety", "six feet"),
    ("He bought a gun last month.", "risk.safety", "gun"),
    ("Pt reports HA most mornings.", "sign.physical", "HA"),
    ("Pt minimally verbal, long latency.", "sign.withdrawal", "minimally verbal"),
    # fourth round: 3RS confrontation and withdrawal markers, more quotes
    ("He demanded that I just tell him what to do.", "cause.alliance", "demanded"),
    ("She challenged my interpretation of the dream.", "cause.alliance", "interpretation"),
    ("He says I'm always analyzing him.", "cause.alliance", "analyzing"),
    ("She objected to the 24-hour cancellation policy.", "cause.alliance", "policy"),
    ("Wonders if I even remember what she said.", "cause.alliance", "remember"),
    ("He said I'm too young to understand.", "cause.alliance", "young"),
    ("She deferred to me on every decision.", "sign.withdrawal", "deferred"),
    ("Talked about his boss rather than himself.", "sign.withdrawal", "rather"),
    ("Stuck to safe topics the whole hour.", "sign.withdrawal", "safe"),
    ("Gave noncommittal answers.", "sign.withdrawal", "noncommittal"),
    ("She kept talking over me about the kids.", "sign.resistance", "talking over"),
    ("He steered the conversation away from his mother.", "sign.resistance", "steered"),
    ("Pt tearful++, hard to console.", "sign.emotional", "tearful++"),
    ("He was seething about the court date.", "sign.emotional", "seething"),
    ("She has more bad days than good lately.", "sign.worsening", "bad days"),
    ("Sometimes she thinks about not being here.", "risk.safety", "not being here"),
    ("He doesn't care if he wakes up.", "risk.safety", "care"),
    ("Staying stuck feels safer than hoping.", "cause.fear_of_change", "safer"),
    ("He fears that without his anger he would be walked over.", "cause.fear_of_change", "without"),
    ("She flinched when I reached for the tissues.", "cause.trauma", "flinched"),
    ("Said it was like she was underwater.", "cause.trauma", "underwater"),
    ("Couldn't remember parts of the session afterward.", "cause.trauma", "remember"),
    # fifth round: decisional balance, decline nouns, more relapse and SI phrasings
    ("He feels therapy has become a chore.", "cause.alliance", "chore"),
    ("Says the sessions are going nowhere.", "cause.alliance", "nowhere"),
    ("Frustrated that I didn't remember her dog's name.", "cause.alliance", "remember"),
    ("She asked if I was even qualified for this.", "cause.alliance", "qualified"),
    ("He doesn't see how this will help.", "cause.alliance", "help"),
    ("Wants to cut down but not stop.", "cause.fear_of_change", "not stop"),
    ("He would be so boring without alcohol, he says.", "cause.fear_of_change", "boring"),
    ("Listed her reasons to keep drinking.", "cause.fear_of_change", "reasons"),
    ("Reports a marked decline since the move.", "sign.worsening", "decline"),
    ("She is in a rough patch since we began EMDR.", "sign.worsening", "rough patch"),
    ("He has started self-medicating again.", "sign.regression", "self-medicating"),
    ("Drank all weekend despite her goal of abstinence.", "sign.regression", "despite"),
    ("Used just once on Friday, he says.", "sign.regression", "once"),
    ("She thinks her kids would be happier without her.", "risk.safety", "happier"),
    ("He has nothing left to live for.", "risk.safety", "live for"),
    # sixth round: minimisation and low self-efficacy as sustain talk
    ('"I only drink on weekends, it\'s not that big of a deal."', "cause.fear_of_change", "deal"),
    ("He says he tried to quit before and it never works.", "cause.fear_of_change", "tried"),
    ("She doesn't need help, she says.", "cause.fear_of_change", "need help"),
    ("Not interested in cutting back right now.", "cause.fear_of_change", "interested"),
    # seventh round
    ("The smell of diesel takes him right back.", "cause.trauma", "right back"),
    ("Checks the windows nightly since the break-in.", "cause.trauma", "break-in"),
    ("He is sleeping 3-4 hours a night.", "sign.physical", "hours"),
    ("Lost 8 lbs this month without trying.", "sign.physical", "without trying"),
    ("Little spontaneous speech today.", "sign.withdrawal", "spontaneous"),
    ('She kept saying "it\'s fine" to every question.', "sign.withdrawal", "fine"),
    ("He has been dodging my calls.", "sign.avoidance", "dodging"),
    ("Unsettled by the realization that her father knew.", "cause.dissonance", "realization"),
    ("Feels guilty for feeling relieved her mother is gone.", "cause.dissonance", "relieved"),
]

# (text, label that must not be marked)
NEAR_MISS = [
    ("Her father called him useless as a boy.", "cause.alliance"),
    ("Laughed it off with a joke.", "cause.alliance"),
    ("Speech pressured, thought process linear.", "cause.alliance"),
    ("He stays in the routine even though it isn't working.", "cause.alliance"),
    ("Trust has deepened between us.", "sign.worsening"),
    ("We deepened the work on her schema.", "sign.worsening"),
    ("Rent rose again this year.", "sign.worsening"),
    ("She picked up the kids after session.", "sign.regression"),
    ("The combat memory resurfaced during processing.", "sign.regression"),
    ("Worried that being late will cost her the job.", "cause.fear_of_change"),
    ("He wants to give up smoking.", "sign.emotional"),
    ("Reports GI upset since Tuesday.", "sign.emotional"),
    ("She is hesitant about coming off her medication.", "sign.resistance"),
    ("She is hesitant about coming off her medication.", "sign.avoidance"),
    ("She has not returned to work yet.", "sign.avoidance"),
    ("He did not return the library books.", "sign.avoidance"),
    ("His schedule is incompatible with evening sessions.", "cause.dissonance"),
    ("She works on the trauma unit at the hospital.", "cause.trauma"),
    ("Client began trauma processing this month.", "cause.trauma"),
    ("The trauma narrative chapter was read aloud.", "cause.trauma"),
    ("She takes her pills every morning and thinks about her day.", "risk.safety"),
    ("Says taking pills goes against how he was raised.", "risk.safety"),
    ("She would be better off if she changed jobs.", "risk.safety"),
    ("Tired of living like this, she wants a new flat.", "risk.safety"),
    ("Rehearsed the conversation with her boss.", "risk.safety"),
    ("Working to a tight deadline.", "sign.physical"),
    ("She moved somewhere else last year.", "sign.withdrawal"),
    ("Practiced small talk at the party as an exposure.", "sign.withdrawal"),
    ("He slipped and fell on the ice.", "sign.regression"),
    ("It was like before we moved house.", "sign.regression"),
    ("He drinks more than the guideline amount.", "sign.worsening"),
    ("Given that everything seems so overwhelming, we paused.", "cause.fear_of_change"),
    ("Her husband keeps her safe at night.", "cause.fear_of_change"),
    ("He wants to stop coming to therapy.", "cause.fear_of_change"),
    ("She is struggling with the homework.", "cause.dissonance"),
    ("She is ending things with her boyfriend.", "risk.safety"),
    ("Burned her hand on the stove while cooking.", "risk.safety"),
    ("Said goodbye to her coworkers on Friday.", "risk.safety"),
    ("He has a sore throat and a cough.", "sign.physical"),
    ("Bowel sounds normal.", "sign.physical"),
    ("I was running late to our session.", "sign.avoidance"),
    ("She wants to go somewhere else for the holidays.", "cause.trauma"),
    ("I do stupid stuff when I drink.", "cause.alliance"),
    ("Thank you for sharing that with me, I said.", "cause.alliance"),
    ("She opened up to me about her sister.", "cause.alliance"),
    ("He feels worse than the day before.", "risk.safety"),
    ("She cried with relief at the news.", "sign.emotional"),
    ("He wants a different approach to his budget.", "cause.alliance"),
    ("The role-play felt silly but helpful.", "cause.alliance"),
    ("We went over how trauma affects sleep.", "cause.trauma"),
    ("He is reading a book about PTSD.", "cause.trauma"),
    ("Her lip felt numb after the dental work.", "cause.trauma"),
    ("A brief lapse in the video connection cut us off.", "sign.regression"),
    ("She is back to her old self, laughing again.", "sign.regression"),
    ("He went back to swimming on Tuesdays.", "sign.regression"),
    ("She argued with her sister about the schedule.", "cause.alliance"),
    ("He moved away from home at eighteen.", "sign.resistance"),
    ("She won't be here next week, on vacation.", "risk.safety"),
    ("He was too young to understand what happened.", "cause.alliance"),
    ("She doesn't see how she will manage the move.", "cause.alliance"),
    ("The benefits of staying sober were clear to him.", "cause.fear_of_change"),
    ("He sleeps 8 hours a night now.", "sign.physical"),
    ("She lost 10 lbs since joining the gym.", "sign.physical"),
    ("She ignored the texts from her ex.", "sign.avoidance"),
    ("She is exhausted trying to keep him safe.", "cause.fear_of_change"),
    ("Client intellectualized, deflecting into theory.", "sign.withdrawal"),
]

# Negation words that belong to the sign: the mark is present, not negated.
IN_SPAN_NEGATION = [
    ("She could not stop crying once we reached her brother.", "sign.emotional"),
    ("He has not returned the last three phone calls.", "sign.avoidance"),
    ("The meds aren't doing anything, he says.", "cause.alliance"),
    ("\"I wouldn't care if I didn't wake up.\"", "risk.safety"),
]


@pytest.mark.parametrize(("text", "label", "word"), POSITIVE)
def test_phrasing_is_marked(pipeline, text, label, word):
    found = cue_texts(pipeline, text, label)
    assert any(word.lower() in cue.lower() for cue in found), (text, label, found)


@pytest.mark.parametrize(("text", "label"), NEAR_MISS)
def test_look_alike_is_not_marked(pipeline, text, label):
    assert cue_texts(pipeline, text, label) == [], (text, label)


@pytest.mark.parametrize(("text", "label"), IN_SPAN_NEGATION)
def test_negation_inside_the_cue_stays_present(text, label):
    marks = [a for a in nlp.annotate(text)["annotations"] if a["label"] == label]
    assert marks and all(a["assertion"] == "present" for a in marks), marks


# Round 7 (lexicon-3): frame complaints, unheard, therapy blamed, hedged requests to meet less,
# pausing therapy, blank homework, clipped answers, holding back, stonewalling, attempt history,
# cutting again, back with an abusive ex, "easier than starting over", intensified problems,
# poor sleep said as a finding, trauma "brought it all back"; and the over-firing they replace.
POSITIVE_ROUND7 = [
    ("Furious that her Tuesday slot got changed last minute.", "cause.alliance", "changed"),
    ("He complained that the appt had been cancelled.", "cause.alliance", "cancelled"),
    ('Says the late fees are "completely unfair."', "cause.alliance", "unfair"),
    ("Frustration that I cut the session short came up again today.", "cause.alliance", "cut"),
    ("She rarely feels heard in here.", "cause.alliance", "heard"),
    ("He says his counselor doesn't really get him.", "cause.alliance", "get"),
    ('"Coming here is only making things worse," she said.', "cause.alliance", "worse"),
    ("He doesn't trust the clinic or any of its providers.", "cause.alliance", "trust"),
    ("She wants to drop case management because nothing ever helps.", "cause.alliance", "helps"),
    ("Perhaps we could meet less often over the summer, she offered.", "sign.avoidance", "less"),
    ("Asked whether we might hit pause on therapy for a while.", "sign.avoidance", "pause"),
    ("Wants to put our sessions on hold until spring.", "sign.avoidance", "hold"),
    ("He would like to cut down to monthly visits.", "sign.avoidance", "cut"),
    ("She wants to reduce her individual sessions to twice a month.", "sign.avoidance", "reduce"),
    ("Unsure whether he wants to keep coming to group.", "sign.avoidance", "keep"),
    ("Skipped last Thursday without calling.", "sign.avoidance", "skipped"),
    ("The thought log came back empty again.", "sign.resistance", "empty"),
    ("Handed in a half-finished worksheet.", "sign.resistance", "worksheet"),
    ("We reviewed the incomplete assignment.", "sign.resistance", "incomplete"),
    ('Said "I\'d rather not get into that" about her mother.', "sign.resistance", "get into"),
    ("Gave curt replies for most of the hour.", "sign.withdrawal", "curt"),
    ("Seemed to be holding things back today.", "sign.withdrawal", "holding"),
    ("He stonewalls whenever his wife brings up money.", "sign.withdrawal", "stonewall"),
    ("Two prior attempts, the most recent by overdose.", "risk.safety", "attempts"),
    ("He burned himself again on Saturday.", "risk.safety", "burned"),
    ("She scratched her forearms until they bled.", "risk.safety", "scratched"),
    ("Client says she cut again over the weekend.", "sign.regression", "cut again"),
    ("He moved back in with his abusive ex-wife.", "sign.regression", "ex"),
    ('"Staying is easier than leaving," she said.', "cause.fear_of_change", "easier"),
    ("The dread about getting well is stronger than ever.", "cause.fear_of_change", "getting well"),
    ('Says going sober seems "way too scary" right now.', "cause.fear_of_change", "scary"),
    ("Part of him wants to keep gambling.", "cause.fear_of_change", "part of him"),
    ("Part of me still thinks I had it coming.", "cause.dissonance", "part of me"),
    ("Trying to reconcile the diagnosis with his self-image.", "cause.dissonance", "reconcile"),
    ("His checking has escalated since the exposure work started.", "sign.worsening", "escalated"),
    ('Says she feels "so much worse" this week.', "sign.worsening", "worse"),
    ("Sleep remains poor, 4-5 hours.", "sign.physical", "poor"),
    ("Sleep: fragmented.", "sign.physical", "fragmented"),
    ("Talking about the fire brought it all back up.", "cause.trauma", "brought"),
    ("He was hit by his stepfather for years.", "cause.trauma", "hit"),
    ("She says she is such a failure at everything.", "sign.emotional", "failure"),
    ("She waved it away when I reflected the loss.", "sign.resistance", "waved"),
    ("Left a voicemail this morning to say she wouldn't be coming.", "sign.avoidance", "coming"),
    ("Wants to take a few weeks off from therapy.", "sign.avoidance", "off"),
    ("He told the front desk he is done with counseling.", "sign.avoidance", "done"),
    (
        "She wonders who she would be without the drinking.",
        "cause.fear_of_change",
        "who she would be",
    ),
    (
        "He seems comfortable where he is and sees no reason to push.",
        "cause.fear_of_change",
        "comfortable",
    ),
    ("She is not sure she's ready for the next step.", "cause.fear_of_change", "ready"),
    ("He says I act just like his father.", "cause.alliance", "father"),
    ("She thinks I obviously don't care what happens to her.", "cause.alliance", "care"),
    ("Upset that the therapist was running 10 minutes behind.", "cause.alliance", "behind"),
    ("Drank on Sunday, his first drink since the new year.", "sign.regression", "first drink"),
    ('She admits she had a small "slip" last night.', "sign.regression", "slip"),
    ("He maintains that nothing is wrong at home.", "sign.resistance", "nothing is wrong"),
    ("She has not even opened the workbook.", "sign.resistance", "workbook"),
    ("Flashbacks went up from 1 to 4 this week.", "sign.worsening", "from 1 to 4"),
    ("Says she is in a worse place than before Christmas.", "sign.worsening", "worse place"),
    ("Appetite remains poor.", "sign.physical", "appetite"),
    ("Gave guarded, one-word replies.", "sign.withdrawal", "replies"),
    ('"All you do is nod," he told me.', "cause.alliance", "nod"),
    ("She wanted to know whether I was even listening.", "cause.alliance", "listening"),
    ("Bristled at my question about the bills.", "cause.alliance", "bristled"),
    ("He suspected I was annoyed with him for being late.", "cause.alliance", "annoyed"),
    ('"Why bother coming if nothing changes?"', "cause.alliance", "bother"),
    ("Complained we keep going over the same material.", "cause.alliance", "same"),
    ("Logged on 20 minutes into the hour.", "sign.avoidance", "into"),
    ("Says work has her too swamped for therapy this month.", "sign.avoidance", "swamped"),
    ("She 'forgot' her appointment for the second week running.", "sign.avoidance", "forgot"),
    ("He cannot imagine life without gambling.", "cause.fear_of_change", "imagine"),
    ("Doubts he could function without the benzos.", "cause.fear_of_change", "without"),
    ("Shows some hesitancy to let go of the checking.", "cause.fear_of_change", "hesitancy"),
    ("Raised in an abusive household, she left at sixteen.", "cause.trauma", "abusive household"),
    ("History of emotional neglect by both parents.", "cause.trauma", "neglect"),
    ("Since our work began he has been rethinking his faith.", "cause.dissonance", "faith"),
    ("Setting limits feels like she is betraying her mother.", "cause.dissonance", "betraying"),
    ("Endorses fleeting wishes of not wanting to be alive.", "risk.safety", "alive"),
]

NEAR_MISS_ROUND7 = [
    ("She celebrated 90 days sober with her sponsor.", "sign.regression"),
    ("After six months clean he got his license back.", "sign.regression"),
    ("He hasn't picked up the phone when his brother calls.", "sign.avoidance"),
    ("She stopped answering texts from her friends.", "sign.avoidance"),
    ("The migraines have not come back since March.", "sign.avoidance"),
    ("Her panic attacks have dropped to once a month.", "sign.avoidance"),
    ("He reduced his drinking to once a week.", "sign.avoidance"),
    ("She made a joke about her terrible cooking.", "sign.resistance"),
    ("She joked about it with her sister.", "sign.resistance"),
    ("He worries that I have sided with his wife.", "sign.emotional"),
    ("She gets restless legs at night.", "sign.emotional"),
    ("Nightmares resurfaced after the anniversary.", "sign.regression"),
    ("She has started skipping sessions since the move.", "sign.regression"),
    ("I challenged the catastrophic prediction with her.", "cause.alliance"),
    ("He says it is making the rash worse.", "cause.alliance"),
    ("He had a setback at his job this month.", "sign.worsening"),
    ("We have intensified the exposure hierarchy.", "sign.worsening"),
    ("Her motivation has intensified.", "sign.worsening"),
    ("Made a cash withdrawal from the bank.", "sign.withdrawal"),
    ("He was held back in second grade.", "sign.withdrawal"),
    ("She was anxious and distracted all week.", "sign.withdrawal"),
    ("Their last attempt at a vacation went badly.", "risk.safety"),
    ("She cut her leg shaving.", "risk.safety"),
    ("The team got beaten in the final.", "cause.trauma"),
    ("He brought back the borrowed books.", "cause.trauma"),
    ("Maybe we could meet at the other office next week.", "sign.avoidance"),
    ("Unsure whether she wants to keep the apartment.", "sign.avoidance"),
    ("She phoned to say she couldn't make it to the wedding.", "sign.avoidance"),
    ("I was running about ten minutes late today.", "sign.avoidance"),
    ("I kept glancing at the clock near the end.", "sign.withdrawal"),
    ("He is done with the renovation at last.", "sign.avoidance"),
    ('"I sound just like my dad when I yell," he admitted.', "cause.alliance"),
    ('"Honestly I don\'t care about the score," she said.', "cause.alliance"),
    ("Imaging shows irritation at the S1 root.", "cause.alliance"),
    ("ECG: small negative deflections in V1-V2.", "sign.resistance"),
    ("Duplex of the superficial femoral vein was clear.", "sign.withdrawal"),
    ("She is cutting back on alcohol this month.", "sign.regression"),
    ("After a while you just stop caring what they say.", "sign.avoidance"),
    ("Maybe I should cut back on overtime.", "sign.avoidance"),
    ("Maybe we could take a break and stretch.", "sign.avoidance"),
    ("He had a slip on the icy driveway.", "sign.regression"),
    ("Appetite is down since the flu.", "sign.emotional"),
    ("Her blood pressure is down this week.", "sign.emotional"),
    ("One answer in the quiz surprised her.", "sign.withdrawal"),
    ("The dose went from 50 to 100 mg.", "sign.worsening"),
    ("His sleep is up from 5 to 7 hours.", "sign.worsening"),
    ("Too busy to cook most nights.", "sign.avoidance"),
    ("I feel that I am tired after the long drive.", "cause.alliance"),
    ("He objected to the referee's call in the final.", "cause.alliance"),
    ("Arrived 10 minutes into the concert.", "sign.avoidance"),
    ("Her son is upset about the change of school.", "cause.alliance"),
    ("Flashbacks are down to twice a month.", "sign.emotional"),
    ("We decided to step down to monthly visits now that goals are met.", "sign.avoidance"),
    ("I had to cut the session short because of a fire drill.", "sign.avoidance"),
    ("He shed tears of pride at the ceremony.", "sign.emotional"),
    ("Happy tears when her son called.", "sign.emotional"),
    ("He neglected to mention the appointment change.", "cause.trauma"),
    ("She questioned the homework instructions.", "cause.dissonance"),
]

IN_SPAN_NEGATION_ROUND7 = [
    ("She never feels heard in our sessions.", "cause.alliance"),
    ("He doesn't feel heard by me.", "cause.alliance"),
    ("She doesn't want to come anymore.", "sign.avoidance"),
    ("Could not calm down after we talked about the crash.", "sign.emotional"),
    ("He has not been sleeping since the last session.", "sign.physical"),
    ("She does not feel safe with me.", "cause.alliance"),
    ("She would not know how to cope without it.", "cause.fear_of_change"),
    ("Client says she doesn't want to get into it.", "sign.resistance"),
]


@pytest.mark.parametrize(("text", "label", "word"), POSITIVE_ROUND7)
def test_round7_phrasing_is_marked(pipeline, text, label, word):
    found = cue_texts(pipeline, text, label)
    assert any(word.lower() in cue.lower() for cue in found), (text, label, found)


@pytest.mark.parametrize(("text", "label"), NEAR_MISS_ROUND7)
def test_round7_look_alike_is_not_marked(pipeline, text, label):
    assert cue_texts(pipeline, text, label) == [], (text, label)


@pytest.mark.parametrize(("text", "label"), IN_SPAN_NEGATION_ROUND7)
def test_round7_negation_inside_the_cue_stays_present(text, label):
    marks = [a for a in nlp.annotate(text)["annotations"] if a["label"] == label]
    assert marks and all(a["assertion"] == "present" for a in marks), marks


def test_sustain_talk_span_starts_at_the_negation(pipeline):
    text = "He would not know how to cope without it."
    found = cue_texts(pipeline, text, "cause.fear_of_change")
    assert found and found[0].startswith("would not know"), found


# Round 8 (lexicon-4): victimisation said as a verb, re-experiencing "right back there",
# urges to die and burning, a child's developmental regression, thinking of stopping, refusing
# to come to sessions, scorn for the work, "doesn't get me" said positively, the team only
# caring about numbers, fear that easing grief means forgetting, being in conflict between
# values, isolating, "can't go on like this", irritation, feeling rejected.
POSITIVE_ROUND8 = [
    ("He was repeatedly bullied on the school bus.", "cause.trauma", "bullied"),
    ("Reports being cyber-bullied through middle school.", "cause.trauma", "bullied"),
    ("She was abused by a neighbour when she was small.", "cause.trauma", "abused"),
    ("Hx: abused as a child, in foster care from age 9.", "cause.trauma", "abused"),
    ("He was physically assaulted outside a bar.", "cause.trauma", "physically assaulted"),
    (
        "The smell of diesel makes him feel like he is right back in the convoy.",
        "cause.trauma",
        "right back",
    ),
    ("It felt as if she was back in that basement again.", "cause.trauma", "back in that basement"),
    ("Diary card: urge to die 2/5, urge to self-harm 4/5.", "risk.safety", "urge to die"),
    (
        "Reports impulses to overdose after the family session.",
        "risk.safety",
        "impulses to overdose",
    ),
    ("Suicidal urges rose over the weekend.", "risk.safety", "suicidal urges"),
    ("Old scars from burning her forearm with a lighter.", "risk.safety", "lighter"),
    ("Burns himself with cigarettes when overwhelmed.", "risk.safety", "cigarettes"),
    (
        "Since the custody hearing the 6 y/o has started bedwetting.",
        "sign.regression",
        "bedwetting",
    ),
    ("Foster mom says he wets the bed most nights now.", "sign.regression", "wets the bed"),
    ("She is using baby talk and thumb-sucking at bedtime.", "sign.regression", "thumb-sucking"),
    ("He is contemplating stopping.", "sign.avoidance", "stopping"),
    ("Has been thinking about ending, she said.", "sign.avoidance", "ending"),
    ("The boy refuses to come into the office on Tuesdays.", "sign.avoidance", "refuses to come"),
    ("Teen fought going to sessions all week.", "sign.avoidance", "fought"),
    ("Missed Monday's session and did not call.", "sign.avoidance", "Monday"),
    ("Wants to drop out of the skills group.", "sign.avoidance", "group"),
    ("He is dismissive of my reflections.", "cause.alliance", "dismissive of my reflections"),
    ("She scoffed at the suggestion and rolled her eyes.", "sign.resistance", "scoffed"),
    ("He calls the homework garbage.", "cause.alliance", "garbage"),
    ("Says I talk like a pamphlet.", "cause.alliance", "pamphlet"),
    ("Said I'm reading from a script.", "cause.alliance", "script"),
    ("He thinks I can't possibly understand what combat was like.", "cause.alliance", "understand"),
    ("She no longer trusts me with the details.", "cause.alliance", "no longer trusts"),
    ("He no longer believes therapy is helping.", "cause.alliance", "no longer believes"),
    ("Says the dietitian only cares about her BMI.", "cause.alliance", "BMI"),
    ("No one here understands me, she wrote.", "cause.alliance", "no one here understands"),
    (
        "He fears that once the sadness fades he will lose his wife completely.",
        "cause.fear_of_change",
        "fades",
    ),
    ("She says moving on would mean forgetting him.", "cause.fear_of_change", "forgetting"),
    ("Getting better feels like betraying her brother.", "cause.fear_of_change", "betraying"),
    (
        "He seems caught in conflict between his faith and the exposure work.",
        "cause.dissonance",
        "conflict between",
    ),
    (
        "She feels at odds with her own upbringing.",
        "cause.dissonance",
        "at odds with her own upbringing",
    ),
    ("Dad says she keeps to herself and stays in her room.", "sign.withdrawal", "keeps to herself"),
    ("He has been isolating from friends since the funeral.", "sign.withdrawal", "isolating"),
    ("She said she can't take it anymore.", "sign.emotional", "take it anymore"),
    ("He can no longer cope with the mornings.", "sign.emotional", "cope"),
    ("Says she cannot go on like this.", "sign.emotional", "like this"),
    ("Visible irritation when the timer went off.", "sign.emotional", "irritation"),
    ("She feels rejected by her sister.", "sign.emotional", "rejected"),
]

NEAR_MISS_ROUND8 = [
    ("He is bullying his younger brother.", "cause.trauma"),
    ("He abused alcohol through his twenties.", "cause.trauma"),
    ("She feels like she is back to square one.", "cause.trauma"),
    ("He is back at work and back to his routine.", "cause.trauma"),
    ("She was burning with embarrassment.", "risk.safety"),
    ("Urges to cut back on spending are strong.", "risk.safety"),
    ("He is thinking of stopping smoking.", "sign.avoidance"),
    ("She is considering quitting her job.", "sign.avoidance"),
    ("Refused to go to the party with her sister.", "sign.avoidance"),
    ("She missed work last Thursday.", "sign.avoidance"),
    ("Physically stable but ambivalent about continuing the meal plan.", "sign.avoidance"),
    ("Refuses to come to session on time.", "sign.resistance"),
    ("Her parents only care about her grades.", "cause.alliance"),
    ("She said she is in conflict with her mother about curfew.", "cause.dissonance"),
    ("Wound superficial, cleaned and dressed.", "sign.withdrawal"),
    ("Superficial cuts to the left forearm.", "sign.withdrawal"),
    ("Has been isolating again on weekends.", "sign.withdrawal"),
    ("She had to self-isolate after a positive test.", "sign.withdrawal"),
    ("She can't do yoga anymore because of her knee.", "sign.emotional"),
    ("Skin irritation at the injection site.", "sign.emotional"),
    ("Worried that if the rash spreads she will miss school.", "cause.fear_of_change"),
]

IN_SPAN_NEGATION_ROUND8 = [
    ("She no longer feels the counselor understands her.", "cause.alliance"),
    ("He feels like I don't really get him.", "cause.alliance"),
    ("She said I just can't understand her situation.", "cause.alliance"),
    ("He says he can't go on like this.", "sign.emotional"),
]


@pytest.mark.parametrize(("text", "label", "word"), POSITIVE_ROUND8)
def test_round8_phrasing_is_marked(pipeline, text, label, word):
    found = cue_texts(pipeline, text, label)
    assert any(word.lower() in cue.lower() for cue in found), (text, label, found)


@pytest.mark.parametrize(("text", "label"), NEAR_MISS_ROUND8)
def test_round8_look_alike_is_not_marked(pipeline, text, label):
    assert cue_texts(pipeline, text, label) == [], (text, label)


@pytest.mark.parametrize(("text", "label"), IN_SPAN_NEGATION_ROUND8)
def test_round8_negation_inside_the_cue_stays_present(text, label):
    marks = [a for a in nlp.annotate(text)["annotations"] if a["label"] == label]
    assert marks and all(a["assertion"] == "present" for a in marks), marks


def test_sexual_assault_span_covers_the_adverb(pipeline):
    found = cue_texts(pipeline, "She was sexually assaulted at a party.", "cause.trauma")
    assert "sexually assaulted" in found, found


def test_no_longer_feeling_judged_is_not_a_present_rupture():
    marks = nlp.annotate("She no longer feels I judge her.")["annotations"]
    assert not [a for a in marks if a["label"] == "cause.alliance" and a["assertion"] == "present"]


POSITIVE_ROUND8B = [
    ("Restricted most days after the clinic weigh-in.", "sign.regression", "restricted most"),
    ("He purged twice on Saturday.", "sign.regression", "purged"),
    ("She made herself throw up after the family meal.", "sign.regression", "throw up"),
    ("The pace of therapy is too fast for her, she says.", "cause.alliance", "too fast"),
    ("He said I keep pushing him.", "cause.alliance", "pushing"),
    ("Sleeping 12 hours and still tired.", "sign.physical", "12 hours"),
    ("Since the anniversary she has stayed in bed all day.", "sign.physical", "in bed all day"),
]

NEAR_MISS_ROUND8B = [
    ("His parents restricted his phone access.", "sign.regression"),
    ("She fasted for Ramadan with her family.", "sign.regression"),
    ("The car was going too fast on the ramp.", "cause.alliance"),
    ("Her brother was rushing him to the hospital.", "cause.alliance"),
    ("He is sleeping 7 hours a night.", "sign.physical"),
]


@pytest.mark.parametrize(("text", "label", "word"), POSITIVE_ROUND8B)
def test_round8b_phrasing_is_marked(pipeline, text, label, word):
    found = cue_texts(pipeline, text, label)
    assert any(word.lower() in cue.lower() for cue in found), (text, label, found)


@pytest.mark.parametrize(("text", "label"), NEAR_MISS_ROUND8B)
def test_round8b_look_alike_is_not_marked(pipeline, text, label):
    assert cue_texts(pipeline, text, label) == [], (text, label)


POSITIVE_ROUND8C = [
    ("He has been devaluing the work and the therapist all month.", "cause.alliance", "devaluing"),
    ("She called me incompetent as she left.", "cause.alliance", "incompetent"),
    ("She says she does not deserve to be happy.", "cause.fear_of_change", "deserve"),
    ("He feels unworthy of recovery.", "cause.fear_of_change", "unworthy of recovery"),
    (
        "She is terrified that once she eats normally she will not stop.",
        "cause.fear_of_change",
        "eats",
    ),
    (
        "Her ED thoughts have become relentless since the meal plan changed.",
        "sign.worsening",
        "relentless",
    ),
]

NEAR_MISS_ROUND8C = [
    ("He does not deserve to be punished for it, she said.", "cause.fear_of_change"),
    ("Her friend called me a lifesaver.", "cause.alliance"),
    ("Her voice was louder than usual.", "sign.worsening"),
]


@pytest.mark.parametrize(("text", "label", "word"), POSITIVE_ROUND8C)
def test_round8c_phrasing_is_marked(pipeline, text, label, word):
    found = cue_texts(pipeline, text, label)
    assert any(word.lower() in cue.lower() for cue in found), (text, label, found)


@pytest.mark.parametrize(("text", "label"), NEAR_MISS_ROUND8C)
def test_round8c_look_alike_is_not_marked(pipeline, text, label):
    assert cue_texts(pipeline, text, label) == [], (text, label)


def test_round8_motivational_and_medical_look_alikes(pipeline):
    """Client talk from MI sessions and medical visits that the round-8 rules must leave alone."""
    cases = [
        ("I have thought about quitting, but it's hard.", "sign.avoidance"),
        ("You can take it any time of the day.", "sign.emotional"),
        ("I see some irritation in your mouth.", "sign.emotional"),
        ("I worry about if I don't pass it.", "cause.fear_of_change"),
    ]
    for text, label in cases:
        assert cue_texts(pipeline, text, label) == [], (text, label)


POSITIVE_ROUND8D = [
    ("Says she wishes she had died alongside her son.", "risk.safety", "had died"),
    ("He keeps saying it should have been him, that it should have been me.", "risk.safety", "me"),
    ("She longs to be with her husband in heaven.", "risk.safety", "heaven"),
    ("He says the wellness center is pointless.", "cause.alliance", "pointless"),
    ("Staff found she was pocketing food at snack.", "sign.resistance", "pocketing food"),
    ("Suspect water-loading before Friday's weigh-in.", "sign.resistance", "water-loading"),
]

NEAR_MISS_ROUND8D = [
    ("He wishes he had gone to the party.", "risk.safety"),
    ("She wishes she had been kinder to her sister.", "risk.safety"),
    ("The team is a great support.", "cause.alliance"),
    ("She is lying about her age on the dating app.", "sign.resistance"),
]


@pytest.mark.parametrize(("text", "label", "word"), POSITIVE_ROUND8D)
def test_round8d_phrasing_is_marked(pipeline, text, label, word):
    found = cue_texts(pipeline, text, label)
    assert any(word.lower() in cue.lower() for cue in found), (text, label, found)


@pytest.mark.parametrize(("text", "label"), NEAR_MISS_ROUND8D)
def test_round8d_look_alike_is_not_marked(pipeline, text, label):
    assert cue_texts(pipeline, text, label) == [], (text, label)
