"""Red-flag rules: every vignette is an emergency, no near miss is. The same lists run
through the trained model in tests/test_model.py."""

from __future__ import annotations

from functools import cache

import pytest
import yaml
from rasa.shared.nlu.training_data.loading import load_data
from rasa.shared.nlu.training_data.message import Message

from nlu_components.red_flag_rules import assess, normalise, red_flag
from nlu_components.red_flags import RedFlagClassifier
from tests.helpers import FRESH_SETS, ROOT


@cache
def red_flag_cases() -> dict:
    return yaml.safe_load((ROOT / "tests/red_flags.yml").read_text())


def test_there_are_at_least_40_vignettes_and_40_near_misses():
    assert len(set(red_flag_cases()["emergencies"])) >= 40
    assert len(set(red_flag_cases()["near_misses"])) >= 40


@pytest.mark.parametrize("text", red_flag_cases()["emergencies"])
def test_vignette_is_an_emergency(text):
    assert red_flag(text) is not None


@pytest.mark.parametrize("text", red_flag_cases()["near_misses"])
def test_near_miss_is_not_an_emergency(text):
    assert red_flag(text) is None


# The training data and every test set: a few thousand visitor questions written for other
# purposes, beside the hand-picked lists above. One training emergency ("headache and i can't
# move one side of my body") had slipped past the rules until this test ran.
LABELLED = ["data/nlu", "tests/nlu_holdout.yml", *FRESH_SETS]


@pytest.mark.parametrize("path", LABELLED)
def test_the_rules_agree_with_every_labelled_question(path):
    examples = load_data(str(ROOT / path)).intent_examples
    disagreeing = [
        (m.get("text"), m.get_full_intent())
        for m in examples
        if (red_flag(m.get("text")) is not None) != (m.get_full_intent() == "emergency")
    ]
    assert examples
    assert not disagreeing


@pytest.mark.parametrize(
    ("text", "category"),
    [
        ("WORST HEADACHE OF MY LIFE!!!", "sudden_headache"),
        ("worst hedache of my life", "sudden_headache"),
        ("thunderclap", "sudden_headache"),
        ("i cant talk properly and my head hurts", "headache_with_neurological_sign"),
        ("I can’t move my arm and I’ve got a migrane", "headache_with_neurological_sign"),
        ("fever, stiff neck", "fever_stiff_neck"),
        ("i think im having a stroke", "stroke"),
        ("headache since I hit my head", "headache_after_head_injury"),
        ("thinking about suicde", "self_harm"),
        ("feeling suisidal", "self_harm"),
        ("i dont want to kill myself but the pain is awful", "self_harm"),
        ("sucidal thoughts", "self_harm"),
    ],
)
def test_categories_and_tolerance(text, category):
    assert red_flag(text) == category


@pytest.mark.parametrize(
    "text",
    [
        "no numbness, no weakness, just my usual migraine",
        "headache without any fever or stiff neck",
        "i had a seizure in 2019, is needling safe",
        "could dry needling cause a seizure or numbness?",
        "",
        "   ",
    ],
)
def test_negation_history_and_cause_questions_do_not_fire(text):
    assert red_flag(text) is None


def test_history_does_not_hide_what_happens_now():
    assert red_flag("I had a stroke years ago and now my face is drooping again") == "stroke"


def test_normalise_folds_case_apostrophes_and_typos():
    assert normalise("I CAN’T see — worst HEADACH") == "i cant see worst headache"


def message(text, intent="faq", confidence=0.9):
    msg = Message(data={"text": text})
    msg.set("intent", {"name": intent, "confidence": confidence})
    msg.set(
        "intent_ranking",
        [{"name": intent, "confidence": confidence}, {"name": "emergency", "confidence": 0.05}],
    )
    return msg


def test_component_overrides_the_model_on_a_red_flag():
    (msg,) = RedFlagClassifier().process([message("worst headache of my life")])
    assert msg.get("intent") == {"name": "emergency", "confidence": 1.0}
    assert msg.get("intent_ranking")[0] == {"name": "emergency", "confidence": 1.0}
    assert [r["name"] for r in msg.get("intent_ranking")] == ["emergency", "faq"]
    assert msg.get("red_flag") == "sudden_headache"


def test_component_leaves_other_messages_alone():
    (msg,) = RedFlagClassifier().process([message("what are the side effects")])
    assert msg.get("intent") == {"name": "faq", "confidence": 0.9}
    assert msg.get("red_flag") is None


def test_component_overrules_a_model_emergency_on_a_cleared_message():
    msg = message("I had a stroke ten years ago, can I have dry needling?", "emergency", 0.93)
    msg.set(
        "intent_ranking",
        [
            {"name": "emergency", "confidence": 0.93},
            {"name": "faq", "confidence": 0.05},
            {"name": "greet", "confidence": 0.02},
        ],
    )
    RedFlagClassifier().process([msg])
    assert msg.get("intent") == {"name": "faq", "confidence": 0.05}
    assert [r["name"] for r in msg.get("intent_ranking")] == ["faq", "greet"]
    assert msg.get("red_flag") == "cleared"


def test_component_keeps_a_model_emergency_the_rules_know_nothing_about():
    msg = message("everything feels pointless lately", "emergency", 0.8)
    RedFlagClassifier().process([msg])
    assert msg.get("intent")["name"] == "emergency"


@pytest.mark.parametrize(
    ("text", "category", "cleared"),
    [
        ("I had a stroke ten years ago, can I have dry needling?", None, True),
        ("does dry needling help with stiff neck and tension headaches", None, True),
        ("i get a headache without any numbness or weakness", None, True),
        ("what are the side effects", None, False),
        ("my face is drooping, can dry needling help?", "stroke", False),
        ("can dry needling help? i have the worst headache of my life", "sudden_headache", False),
        ("i cant go on like this", "self_harm", False),
        # The negation reaches across a list, but not past "but".
        ("i dont have any numbness or weakness, just a normal headache", None, True),
        (
            "no fever or vomiting but my arm is weak and my head hurts",
            "headache_with_neurological_sign",
            False,
        ),
        # An intermittent headache, an onset that is the needle's, everyday uses of "kill"/"end".
        ("the pain in my temple comes and goes", None, True),
        ("the needle went in suddenly and i jumped", None, True),
        ("my migraines are killing my social life", None, True),
        ("i want to end my membership at the clinic", None, True),
        (
            "my headache comes and goes and now my arm is weak",
            "headache_with_neurological_sign",
            False,
        ),
        # A slow or everyday headache, a knock after which all is well, a sign put down to a
        # medicine, and "last week" as history.
        ("my headache started gradually and is the usual throb", None, True),
        ("my head hurts when i bend over with a cold", None, True),
        ("my toddler bumped his head lightly and is playing happily", None, True),
        ("my toddler knocked his head on the table and is giggling", None, True),
        (
            "my son hit his head, he seems fine but now he is vomiting",
            "headache_after_head_injury",
            False,
        ),
        ("my migraine medication makes my hands tingle", None, True),
        ("my speech was slurred after the dentist numbed my mouth last week", None, True),
        # A usual sudden onset, a lifelong trait, a cold, a risk question about someone else's
        # past, and figures of speech (the signs are looked for in the rest of the message).
        ("my migraine came on suddenly like always", None, True),
        # the usual onset said after a comma, in the message rather than in the clause
        ("my migraine feels like someone hit me over the head, like always", None, True),
        ("it hits like a hammer, same as it always does with my migraines", None, True),
        (
            "my migraines always start slowly, but today it hit like a hammer",
            "sudden_headache",
            False,
        ),
        ("worst headache of my life, came on like always", "sudden_headache", False),
        (
            "my migraines always start suddenly but this one is the worst ever",
            "sudden_headache",
            False,
        ),
        ("her smile has always been lopsided in photos", None, True),
        ("his face has always drooped a bit but now his arm is weak", "stroke", False),
        ("headache and a blocked nose, probably a cold", None, True),
        ("my aunt had a stroke in her fifties, am i at higher risk", None, True),
        ("my migraine made me go weak at the knees", None, True),
        ("i am confused by all the migraine advice online", None, True),
        ("migraine and i am confused about where i am", "headache_with_neurological_sign", False),
        # "not a normal migraine" says new; it does not negate the headache. Needles used on
        # oneself are a treatment question, a weapon is not.
        ("not my usual migraine, it hit me in a split second", "sudden_headache", False),
        ("i bought needles online, can i just do it on myself", None, False),
        ("i have a knife and i keep thinking about using it on myself", "self_harm", False),
        # "is killing me" clears a bad headache said on its own, not a message with more in
        # it; plural migraines are the usual ones; signs said to be fine; a sign put down to
        # the dentist; "if i have ever had" is no event.
        ("my head is killing me and i feel sick", None, True),
        ("i keep seeing stars and my head is killing me", None, False),
        ("my migraines hit out of nowhere, is that typical", None, True),
        ("my migraine hit out of nowhere", "sudden_headache", False),
        ("my speech is fine and my face is fine, just a migraine", None, True),
        ("my lip went numb after the dentist and now i have a headache", None, True),
        ("what should i say if i have ever had a seizure", None, True),
        # A negated headache clears nothing ("never had one this intense" is the worst); a
        # question about what needling treats does not describe one; fine now after a knock.
        ("never ever had a head pain this bad", "sudden_headache", False),
        ("i have never had a headache like this, it came on in seconds", "sudden_headache", False),
        ("does dry needling help with thunderclap headaches", None, True),
        ("i hit my head last week and i am completely fine now", None, True),
        # "worst" at a time or in a circumstance is a pattern; worst ever still fires, and a
        # sign beside the pattern too.
        ("my headache is the worst when i wake up", None, True),
        ("my migraines are worst in winter", None, True),
        (
            "my headache is worst in the morning and it is the worst of my life",
            "sudden_headache",
            False,
        ),
        (
            "my headache is worst at night and now my arm is numb",
            "headache_with_neurological_sign",
            False,
        ),
        # Batch 10's concepts: a question about what a thunderclap headache is, wanting the
        # migraines to end, a severe headache that is new, a neck like wood, the glass test,
        # a knock after which a child will not wake, an eye that will not open, means with a
        # plan; a place or possessions only with more said.
        ("what does a thunderclap headache feel like compared to migraine", None, True),
        ("i just want these migraines to end", None, True),
        (
            "woke with a head pain so violent it made me scream, not my migraine",
            "sudden_headache",
            False,
        ),
        ("my headache is unbearable but its not a migraine, just tension", None, False),
        ("my headache started mid sentence in a meeting", None, False),
        ("fever and my neck feels like wood", "fever_stiff_neck", False),
        ("a raging temperature and spots that dont fade under a glass", "fever_stiff_neck", False),
        (
            "my son had a head knock at football and now he wont wake properly",
            "headache_after_head_injury",
            False,
        ),
        ("i cant open one eye and my head is pounding", "headache_with_neurological_sign", False),
        ("headache went from nothing to the max in a minute", "sudden_headache", False),
        ("i get headaches within a minute of standing up", None, True),
        ("i wish i had never been born", "self_harm", False),
        ("i have a plan and i have the pills", "self_harm", False),
        ("the clinic is at the top of the building", None, False),
        ("im standing at the top of the multistorey right now", "self_harm", False),
        ("i gave my things to my sister", None, False),
        ("i wrote my will and gave my things away, i am done", "self_harm", False),
        # Self-harm concepts narrowed to their meaning: a place, notes, goodbyes, a future.
        ("i live near the railway line and the noise gives me headaches", None, False),
        ("i am standing by the railway line and see no reason to go on", "self_harm", False),
        ("i said my goodbyes at the party and left with a migraine", None, False),
        ("everything i try is pointless for my migraines", None, False),
        ("i dont see any future for dry needling", None, False),
        ("i cant see a future for myself", "self_harm", False),
        # Any mention of suicide gets the crisis line, even denied: it costs little.
        ("im not suicidal, just fed up with migraines", "self_harm", False),
        # Distress next to a cleared mention: never cleared, the model keeps its say.
        ("I had a stroke years ago. I feel hopeless and want to give up", None, False),
        # Concepts from batch 11 (fourteenth session), each beside a wording that must not fire.
        ("my headache is 10/10 and unlike anything before", "sudden_headache", False),
        ("my headache is 10/10 today", None, False),
        ("a headache hit during sex and its still terrible", "sudden_headache", False),
        ("the worst pain he has had in his 80 years, all in his head", "sudden_headache", False),
        ("my mum cant lift her left arm and her face went odd", "stroke", False),
        ("her mouth wont move properly on one side", "stroke", False),
        ("i think he is having a mini stroke", "stroke", False),
        ("my dad had a mini stroke five years ago", None, True),
        ("temperature 39 and her neck is too sore to nod", "fever_stiff_neck", False),
        ("my baby is hot to the touch with a purple rash", "fever_stiff_neck", False),
        ("the needle site is hot to the touch", None, False),
        (
            "took a football to the head and now keeps being sick",
            "headache_after_head_injury",
            False,
        ),
        ("everyone would be fine if i wasnt around", "self_harm", False),
        ("texted sorry for everything and goodbye", "self_harm", False),
        ("there is no way out except dying", "self_harm", False),
        ("is there no way out of these migraines", None, False),
        ("i will make sure i never feel this pain again, tonight", "self_harm", False),
        ("i want to make sure i never get a migraine again", None, False),
        ("my speech is slurred when i am drunk, lol", None, True),
        ("is a thunderclap headache a reason not to get needled", None, True),
        ("my son bumped his head, cried for a minute and is now playing", None, True),
        # Concepts from batch 12 (fifteenth session), each beside a wording that must not fire.
        (
            "a firework went off inside my skull and now everything is blurry",
            "sudden_headache",
            False,
        ),
        ("my alarm went off and my head hurts", None, False),
        (
            "my headache went from nothing to this in about three seconds flat",
            "sudden_headache",
            False,
        ),
        ("the needle sting lasts about three seconds", None, False),
        ("i heard a crack inside my head and then the pain started", "sudden_headache", False),
        ("my knuckles make a crack when i stretch", None, False),
        ("he says its a headache he has never known, holding his head", "sudden_headache", False),
        ("this migraine is a hundred times my usual one", "sudden_headache", False),
        ("i have had a hundred times more migraines than my sister", None, False),
        (
            "it came on like flicking a light switch, the biggest head pain ever",
            "sudden_headache",
            False,
        ),
        (
            "i cant get my right hand to grip the cup and i have a headache",
            "headache_with_neurological_sign",
            False,
        ),
        (
            "my tongue feels too big and my head is pounding",
            "headache_with_neurological_sign",
            False,
        ),
        (
            "my dad answers questions with random words and has a migraine",
            "headache_with_neurological_sign",
            False,
        ),
        ("bad head and i cant read the screen at all", "headache_with_neurological_sign", False),
        ("migraine then a fit on the floor", "headache_with_neurological_sign", False),
        ("a fit of coughing gave me a headache", None, False),
        ("i am a fit and healthy 40 year old with migraines", None, False),
        ("his face has slipped on one side", "stroke", False),
        ("my aunts lip is hanging on the left", "stroke", False),
        ("her right side is numb and her speech is odd", "stroke", False),
        ("a rash of purple dots that stays when i press a glass on it", "fever_stiff_neck", False),
        ("i did the glass test on the rash and it faded", None, False),
        ("he fell off a ladder and is talking gibberish", "headache_after_head_injury", False),
        ("my daughter headed the ball and is now vomiting", "headache_after_head_injury", False),
        ("my daughter headed the ball and is fine", None, True),
        ("i keep scratching my wrists with scissors", "self_harm", False),
        ("i scratch my arms when the eczema flares", None, False),
        ("i feel like walking off the cliff", "self_harm", False),
        ("we went walking on the cliff path and my migraine lifted", None, False),
        # A sign that has passed clears; beside a headache it does not (a passing deficit).
        ("my fever broke and my headache is milder", None, True),
        ("my arm went numb, now its fine", None, True),
        (
            "my arm went numb and my head is pounding, now its fine",
            "headache_with_neurological_sign",
            False,
        ),
        # Concepts from batch 13 (sixteenth session), each beside a wording that must not fire.
        ("my neck is like an iron bar and i have a fever", "fever_stiff_neck", False),
        ("she is feverish and putting her chin down is unbearable", "fever_stiff_neck", False),
        ("putting my head down on the pillow is bliss after needling", None, False),
        ("his temperature is sky high and his neck is stiff", "fever_stiff_neck", False),
        (
            "it feels like hot needles being pushed into my skull all at once",
            "sudden_headache",
            False,
        ),
        ("the migraine hit in one enormous wallop", "sudden_headache", False),
        ("my headache hit full force before i could sit down", "sudden_headache", False),
        ("the headache started while i was lifting a heavy box", "sudden_headache", False),
        ("i get headaches when i am lifting at the gym", None, True),
        ("my head went boom a minute ago", "sudden_headache", False),
        ("he says it felt like being punched but nobody was there", "sudden_headache", False),
        ("i have never felt pain like this", "sudden_headache", False),
        ("i have never felt better after a session", None, False),
        (
            "migraine and my lip feels like ive had novocaine",
            "headache_with_neurological_sign",
            False,
        ),
        ("my lip is numb after the dentist injection and i have a headache", None, True),
        ("headache and my words come out back to front", "headache_with_neurological_sign", False),
        (
            "she keeps asking the same question again and again and says her head hurts",
            "headache_with_neurological_sign",
            False,
        ),
        ("my son asks the same question over and over about needles", None, False),
        ("headache and my fingers wont grip the pen", "headache_with_neurological_sign", False),
        (
            "headache and one pupil is bigger than the other",
            "headache_with_neurological_sign",
            False,
        ),
        ("his cheek has gone slack on one side", "stroke", False),
        ("her mouth is pulled to one side", "stroke", False),
        ("his voice sounds thick", "stroke", False),
        ("her arm sank down when she held them both out", "stroke", False),
        ("i cant feel anything on my left side", "stroke", False),
        ("he cant find his words and his left leg is heavy", "stroke", False),
        ("my left leg is heavy after the gym", None, False),
        ("the baby has a bulging fontanelle and wont feed", "fever_stiff_neck", False),
        ("my daughter is hot and floppy with a high pitched scream", "fever_stiff_neck", False),
        ("spots that wont fade when i roll a glass over them", "fever_stiff_neck", False),
        (
            "he got kneed in the temple at rugby and now he is sick",
            "headache_after_head_injury",
            False,
        ),
        (
            "she tumbled down the stairs onto her head and is drowsy",
            "headache_after_head_injury",
            False,
        ),
        ("i banged my head and now i am seeing double", "headache_after_head_injury", False),
        ("i bumped my head on a cupboard, no other symptoms", None, True),
        ("nobody would really miss me", "self_harm", False),
        ("i have been stockpiling painkillers", "self_harm", False),
        ("i have been saving for my needling sessions", None, False),
        ("i think about steering into a tree on the motorway", "self_harm", False),
        ("i want to sleep and never have to wake up", "self_harm", False),
        ("i want to never wake up with a migraine again", None, False),
        ("i looked up how many of these tablets it would take to die", "self_harm", False),
        ("i wrote a note in case im gone", "self_harm", False),
        ("i burnt myself cooking and now have a migraine", None, True),
        ("i blacked out the details of that migraine", None, True),
        ("my vision goes blurry when i am tired, is that related to my migraines", None, True),
        # A question after a statement, without a comma, is a clause of its own: it cannot clear
        # the sign stated before it.
        ("my face is drooping is that related to migraines", "stroke", False),
        (
            "i have a headache and my arm went numb can needling help",
            "headache_with_neurological_sign",
            False,
        ),
        (
            "i have double vision, is it related to my migraines",
            "headache_with_neurological_sign",
            False,
        ),
        ("i had a stroke ten years ago can i have dry needling", None, True),
        ("my hand goes numb before my migraines is that normal", None, True),
        # A negation among the words a pattern lets stand before the sign denies it; a
        # negation the pattern itself needs ("wont move") does not.
        ("my face is not drooping", None, True),
        ("my speech is not garbled and i have a migraine", None, True),
        ("my face wont move on one side", "stroke", False),
        # FAST: trouble speaking beside one weak limb, each sign checked for negation.
        # One sign denied does not clear a weak limb stated beside it: the model keeps its say.
        ("my left arm is weak and my speech is not slurred", None, False),
        ("my speech is not jumbled and my right arm is not numb", None, True),
        ("she cant find her words and her left arm is all floppy", "stroke", False),
        ("his left arm is all floppy and his words are jumbled", "stroke", False),
        # Batch 14 concepts, each beside a wording that must not fire: something that snapped in
        # the head; struck by lightning; no warning; a blinding pain on bending down; a severe
        # headache with a neck gone stiff; a clumsy hand; a forgotten name; an eye turned out;
        # seeing two of things; grey and sweaty; a jerking fit; arm drift; a muffled voice; a
        # crying baby whose head cannot be moved; a planned method; goodbye texts; the platform.
        (
            "i felt something pop in my head at the gym and the pain is awful",
            "sudden_headache",
            False,
        ),
        ("i heard my neck click when the physio moved it", None, False),
        ("my head felt like it was struck by lightning", "sudden_headache", False),
        ("with no warning my head started pounding", "sudden_headache", False),
        ("my migraines come with no warning", None, True),
        (
            "i bent down to pick up my bag and got a sudden pain in my head",
            "sudden_headache",
            False,
        ),
        ("agonising headache and my neck has gone stiff", "sudden_headache", False),
        ("my excruciating migraines always come with a stiff neck", None, True),
        ("headache and my left hand has gone clumsy", "headache_with_neurological_sign", False),
        ("i have always been clumsy and i get migraines", None, False),
        ("migraine and he cant remember his own name", "headache_with_neurological_sign", False),
        ("i cant remember what i did to trigger this migraine", None, False),
        ("headache and his eye is turned inwards", "headache_with_neurological_sign", False),
        (
            "headache and i see two of him when i look at my son",
            "headache_with_neurological_sign",
            False,
        ),
        (
            "terrible headache and he has gone grey and sweaty",
            "headache_with_neurological_sign",
            False,
        ),
        ("my hair has gone grey from all these migraines", None, False),
        ("awful headache and then a shaking fit", "headache_with_neurological_sign", False),
        ("i had a coughing fit during my migraine", None, True),
        ("his right leg gave way and his speech sounds drunk", "stroke", False),
        ("she raised both arms and the left one keeps sinking", "stroke", False),
        ("my right arm keeps falling asleep at night", None, False),
        ("migraine and half my vision has disappeared", "headache_with_neurological_sign", False),
        ("she has a fever and cries if i try to turn her head", "fever_stiff_neck", False),
        ("i am going to swallow all my tablets", "self_harm", False),
        ("i sent goodbye texts to my family", "self_harm", False),
        ("i have worked out how i would do it", "self_harm", False),
        (
            "standing on the platform i thought about jumping in front of the train",
            "self_harm",
            False,
        ),
        ("i stepped off the train and my migraine started", None, False),
        ("i dont think i will be here for my appointment next week, i am travelling", None, False),
        ("i dont think i will be here much longer", "self_harm", False),
        ("my hands go numb when i lie on them", None, True),
        ("i bumped my head on the shelf, not even a bump", None, True),
        ("my head is splitting in half", None, False),
        ("the headache started after i bent down and it was a blinding flash", None, False),
        ("my head is splitting in two", None, False),
        # Everyday wordings the batch 14 concepts must leave alone.
        ("i see two of my friends have tried needling for their headaches", None, False),
        ("headache behind my eye, looking in the mirror it is red", None, False),
        ("my muscle had twitching spasms after needling and now i have a headache", None, False),
        ("i am working out when i will do it, maybe after my holiday", None, False),
        ("thinking about walking out of my job because of these migraines", None, False),
        # Concepts from batch 15 (eighteenth session), each beside a wording that must not fire.
        ("a pain in my head like a firework going off", "sudden_headache", False),
        ("the firework went off and gave me a headache", None, False),
        ("a horrendous pain ripped through my skull", "sudden_headache", False),
        ("a sharp pain shot through my head for a second", None, False),
        (
            "pain at the back of my head so bad i had to sit down on the pavement",
            "sudden_headache",
            False,
        ),
        ("my migraine was so bad i had to lie down on the sofa", None, False),
        ("hed pain came on in one go", "sudden_headache", False),
        ("hed love to try needling for his headaches", None, False),
        (
            "migraine and the words on the page look like gibberish",
            "headache_with_neurological_sign",
            False,
        ),
        ("reading the letters on my phone screen gives me a headache", None, False),
        ("headache and he keeps losing chunks of time", "headache_with_neurological_sign", False),
        ("my migraines make me lose time at work", None, False),
        ("she has a headache and we cant keep her awake", "headache_with_neurological_sign", False),
        ("headache and a black patch in my vision", "headache_with_neurological_sign", False),
        ("i have a headache and a dark patch in my vision like my usual aura", None, True),
        ("her left hand stopped working a minute ago", "stroke", False),
        ("my phone stopped working and my migraine started", None, False),
        ("his right arm flops when he lifts it", "stroke", False),
        ("she cant smile on the right side", "stroke", False),
        ("i cant smile on one side since my bells palsy years ago", None, True),
        ("he couldnt type with his left hand and his face looks odd", "stroke", False),
        ("she has a fever and bending her neck is agony", "fever_stiff_neck", False),
        ("i pray i dont open my eyes in the morning", "self_harm", False),
        ("i pray i dont open my eyes to another migraine tomorrow", None, False),
        ("standing on the bridge and thinking about jumping", "self_harm", False),
        ("we stood at the bridge and watched people jumping into the river", None, False),
        ("i have sorted my affairs and left a note", "self_harm", False),
        ("i left a note for my physio about my migraines", None, False),
        ("my migraines are the worst part of every week", None, True),
        ("i feel weak with relief now my migraine has gone", None, True),
        ("i feel numb inside after years of migraines", None, True),
        # Batch 16's concepts: a slammed door or a baseball bat, a cry with hands to the head,
        # something bursting at the back of the head, fine to unbearable, the worst pain one
        # can imagine, pain behind one eye, words coming out backwards, no idea what day it is,
        # swaying to one side, only noises coming out beside an arm hanging down, half the face
        # fallen or heavy, an eye that will not close, lost words, a burning temperature with a
        # head nobody may move, a neck too stiff to look down, head first into a door frame,
        # pills kept for the day one decides, leaving this world, the height of a bridge, to
        # stop breathing, a blade pressed into a leg, sleep without being woken. Then what they
        # must leave alone.
        ("the pain hit the back of my head like a slammed door", "sudden_headache", False),
        ("she cried out and clutched her head and now she wont answer", "sudden_headache", False),
        ("the headache struck like a baseball bat while i was reading", "sudden_headache", False),
        ("i sneezed and something popped at the back of my head", "sudden_headache", False),
        ("my head went from fine to unbearable while i was washing up", "sudden_headache", False),
        ("the worst pain i could imagine is in my temples right now", "sudden_headache", False),
        (
            "pain behind my right eye and i cant see out of it",
            "headache_with_neurological_sign",
            False,
        ),
        ("migraine and my words come out backwards", "headache_with_neurological_sign", False),
        (
            "my head aches and i have no idea where i was going or what day it is",
            "headache_with_neurological_sign",
            False,
        ),
        (
            "bad headache and i keep veering to the right when i walk",
            "headache_with_neurological_sign",
            False,
        ),
        (
            "he tried to speak but only grunts came out and his hand is dangling off the sofa",
            "stroke",
            False,
        ),
        ("one side of her mouth dropped while we were eating", "stroke", False),
        ("his face went weak on one side at dinner", "stroke", False),
        (
            "headache and i cant close my right eye properly",
            "headache_with_neurological_sign",
            False,
        ),
        (
            "my head hurts and she lost her words halfway through",
            "headache_with_neurological_sign",
            False,
        ),
        ("she has a burning temperature and wont let me move her neck", "fever_stiff_neck", False),
        ("fever and his neck is so stiff he cant look at his lap", "fever_stiff_neck", False),
        (
            "my dad ran head first into a cupboard and now his head hurts",
            "headache_after_head_injury",
            False,
        ),
        ("i have been saving my pills for when i am ready", "self_harm", False),
        ("im going to leave this world tonight", "self_harm", False),
        ("i checked how high the car park is and i am going to jump", "self_harm", False),
        ("i just want to stop breathing", "self_harm", False),
        ("dragging a razor across my thigh helps", "self_harm", False),
        ("i want to sleep and not be woken again", "self_harm", False),
        ("i keep my tablets in a drawer for when i need them", None, False),
        ("i had to leave the world of work because of migraines", None, False),
        ("a razor cut my legs while shaving", None, False),
        ("leaning to the left makes my headache worse", None, False),
        ("my migraines always hit like a baseball bat", None, True),
        ("will dry needling be the worst pain you can imagine", None, True),
        ("the needle made me stop breathing for a second", None, False),
        ("my neck is so tight i cant look over my shoulder", None, False),
        # batch 17, fixed by concept (the wordings differ from the batch's)
        ("dolor de cabeza and it hit like a lightning bolt", "sudden_headache", False),
        ("the pain is beyond anything, it came from nowhere", "sudden_headache", False),
        (
            "his head felt like it was struck with a bat and now he is confused",
            "headache_with_neurological_sign",
            False,
        ),
        ("migraine and my tongue feels fat", "headache_with_neurological_sign", False),
        ("head is murder and all the faces have twins", "headache_with_neurological_sign", False),
        (
            "headache and then she went down onto the bathroom floor",
            "headache_with_neurological_sign",
            False,
        ),
        (
            "my head hurts and he keeps forgetting his address",
            "headache_with_neurological_sign",
            False,
        ),
        ("his left arm gave way and his speech is off", "stroke", False),
        ("my nan looks lopsided all of a sudden", "stroke", False),
        # a negation does not reach past "and" with a new subject
        ("she hasnt been drinking and her mouth is hanging down", "stroke", False),
        ("i dont have a fever and my neck is fine", None, True),
        ("hot and crying high pitched, he is six months old", "fever_stiff_neck", False),
        ("fever and he cries if we try to put his chin down", "fever_stiff_neck", False),
        ("she took an elbow to the head and threw up twice", "headache_after_head_injury", False),
        ("quiero morir", "self_harm", False),
        ("i want to stop being here", "self_harm", False),
        ("i left the engine running in the garage with the door shut", "self_harm", False),
        # near misses of batch 17, cleared
        ("my arm felt weak from carrying the shopping", None, True),
        ("we treat thunderclap headaches in the ward, does needling have a role", None, True),
        ("we see thunderclap headaches at work and now i have one", "sudden_headache", False),
        (
            "i watched a documentary about people with a stroke, are my migraines related",
            None,
            True,
        ),
        ("is dry needling the most painful thing ever", None, True),
        # batch 18's concepts, in other words
        ("the migraine crashed into me like a ton of bricks", "sudden_headache", False),
        ("his head went off like a firecracker at the gym", "sudden_headache", False),
        ("my skull exploded halfway through the squat", "sudden_headache", False),
        (
            "head thumping and the numbers on my screen look wavy",
            "headache_with_neurological_sign",
            False,
        ),
        (
            "bad headache, her eyes rolled back and she was twitching all over",
            "headache_with_neurological_sign",
            False,
        ),
        (
            "my head hurts and i cant tell what the time on my watch is",
            "headache_with_neurological_sign",
            False,
        ),
        ("headache and he talks like hes half asleep", "headache_with_neurological_sign", False),
        ("he is mumbling and his right arm is dead", "stroke", False),
        (
            "nothing but noises came out when she tried to answer and her left arm is weak",
            "stroke",
            False,
        ),
        ("her hand flops when she tries to lift it", "stroke", False),
        ("my left arm is numb and my face feels like it is not my own", "stroke", False),
        ("roasting and shivering, neck too stiff to nod", "fever_stiff_neck", False),
        ("a branch fell onto my dads head and he is drowsy", "headache_after_head_injury", False),
        (
            "she clashed heads at netball and now shes dozing off",
            "headache_after_head_injury",
            False,
        ),
        ("he was out cold after the tackle", "headache_after_head_injury", False),
        ("i am going to neck the whole lot of my tablets", "self_harm", False),
        ("what is the use of me being alive", "self_harm", False),
        ("left a letter saying i wont be around", "self_harm", False),
        ("i have a razor and im ready to use it", "self_harm", False),
        ("i punch my own head when the pain gets bad", "self_harm", False),
        ("i stashed away months of painkillers", "self_harm", False),
        # and what they must not catch
        ("its hot as anything in the office and my neck is stiff from the desk", None, False),
        ("my husband mumbles and i have a headache from his snoring", None, False),
        ("i cant understand what the leaflet says about migraines", None, False),
        ("whats the point of carrying on with needling if nothing changes", None, False),
        ("i have tablets for my migraines and i want to use them less", None, False),
        ("i keep banging my head on the cupboard door, so clumsy", None, False),
        ("i was out cold on the sofa and woke up with a headache", None, False),
        # the concepts the nineteenth batch taught the rules, in other words
        ("my skull just detonated, nothing like it before", "sudden_headache", False),
        (
            "my head is hammering and i cant see out of my left eye",
            "headache_with_neurological_sign",
            False,
        ),
        (
            "dad sounded drunk on the phone and said his head is pounding",
            "headache_with_neurological_sign",
            False,
        ),
        (
            "splitting headache and she has no idea where she is",
            "headache_with_neurological_sign",
            False,
        ),
        ("the left side of her is weak and she cant talk", "stroke", False),
        (
            "my son ran into a door frame and now hes confused and sleepy",
            "headache_after_head_injury",
            False,
        ),
        (
            "gave away my books and my things, i wont need anything after tonight",
            "self_harm",
            False,
        ),
        ("i said my goodbyes to my family tonight", "self_harm", False),
        ("i keep imagining jumping off the bridge on my walk home", "self_harm", False),
        # and what they must not catch; the fear of a needle and a recovered friend also
        # overrule a model that took them for an emergency
        ("i dont want to wake up with a headache after needling", None, False),
        ("im scared of hurting myself with the needles if i try it at home", None, True),
        ("my brother took an overdose years ago and is fine now, does that matter", None, True),
        ("i said my goodbyes to sugar and caffeine, will that help", None, False),
        ("i gave away my old pillows, do i need a new one after needling", None, False),
        ("she has no idea what day the clinic is open", None, False),
        ("my dad sounded drunk at the wedding, it was hilarious", None, False),
        ("i wont need anything after the session, right", None, False),
        ("the right side of him is always a bit stiffer, can needling help", None, False),
        # the concepts the twentieth batch taught the rules, in other words
        (
            "my wife says it felt like somebody struck the top of her head, it began a minute ago",
            "sudden_headache",
            False,
        ),
        ("out of nowhere a pain split his skull and he is being sick", "sudden_headache", False),
        ("all of a sudden her head felt like it had burst", "sudden_headache", False),
        (
            "bad headache and the lines of text keep drifting away when i read",
            "headache_with_neurological_sign",
            False,
        ),
        (
            "his head is so bad and he keeps bumping into the left of the door frame",
            "headache_with_neurological_sign",
            False,
        ),
        (
            "head hurting and i see two images of everything",
            "headache_with_neurological_sign",
            False,
        ),
        ("mums words are all mixed up and her right arm is weak", "stroke", False),
        ("cnt feel left arm, wrds coming out wrong", "stroke", False),
        ("i cant feel my right hand and he is talking strangely", "stroke", False),
        ("her face went heavy on the right and her hand is numb", "stroke", False),
        ("toddler has a fever and cries when he tilts his head forward", "fever_stiff_neck", False),
        ("she has a high temp and a neck which wont bend", "fever_stiff_neck", False),
        ("after tomorrow no one will have to worry about me", "self_harm", False),
        ("i finished my will and found a new home for my cat", "self_harm", False),
        ("sitting in my car with a hose from the exhaust", "self_harm", False),
        ("tonight i will make it all stop forever", "self_harm", False),
        ("i wish i didnt exist", "self_harm", False),
        # and what they must not catch; a pain that feels like a blow is no head injury
        ("i want these headaches to not exist anymore", None, False),
        ("my cheek feels heavy on the left after the dentist", None, True),
        ("i washed the car with the hose pipe after my session", None, False),
        ("the physio said needling will make it stop for good", None, False),
        ("i made my will last year, does that matter for needling", None, False),
        (
            "it feels like someone hit me on the head when my migraine starts, is that normal",
            None,
            True,
        ),
        ("sat in the car waiting for the exhaust to be fixed", None, False),
        ("i see two pictures in the article, which one shows a trigger point", None, False),
        ("the text keeps sliding off the screen on my phone app", None, False),
        ("after sunday nobody has to drive me to sessions", None, False),
        # the concepts the twenty-first batch taught the rules, in other words
        ("sudden onset headache, maximal at onset, started an hour ago", "sudden_headache", False),
        (
            "bad migraine and she has aphasia, cant name things",
            "headache_with_neurological_sign",
            False,
        ),
        (
            "my head hurts and i knew what i wanted to say but it wouldnt come out",
            "headache_with_neurological_sign",
            False,
        ),
        (
            "headache and things on the right side are missing from my view",
            "headache_with_neurological_sign",
            False,
        ),
        (
            "my head is pounding and she only ate the left half of her dinner",
            "headache_with_neurological_sign",
            False,
        ),
        ("his left side has gone floppy and he is mumbling", "stroke", False),
        ("one side of my body stopped working a few minutes ago", "stroke", False),
        (
            "headache and dad cant understand a thing i say",
            "headache_with_neurological_sign",
            False,
        ),
        ("my son is 38.9 and screams if we touch his neck", "fever_stiff_neck", False),
        ("102 degrees f and a stiff neck", "fever_stiff_neck", False),
        (
            "the elbow knocked him out cold and now he keeps being sick",
            "headache_after_head_injury",
            False,
        ),
        ("baby landed head first off the sofa and is floppy", "headache_after_head_injury", False),
        ("im saving up my tablets for one big night", "self_harm", False),
        ("i am going to swallow the whole box at once", "self_harm", False),
        ("i left notes for my parents to read when im dead", "self_harm", False),
        ("ive picked which building, its the tall one in town", "self_harm", False),
        ("my son locked himself in his room with a knife and wont answer", "self_harm", False),
        # and what they must not catch: usual migraines, history, the weather, everyday plans
        ("my migraines have an acute onset every time, can needling help", None, True),
        ("my uncle has had aphasia since his stroke in 2015, is needling safe for him", None, True),
        ("i only ate half of my lunch because of the migraine", None, False),
        ("everything on my left shelf is missing since the move lol", None, False),
        ("the sleeping tablets knocked me out and i woke with a headache", None, False),
        ("im saving up for a course of needling", None, False),
        ("im going to take all my questions to the physio at once", None, False),
        ("i wrote a note to my physio about my neck", None, False),
        ("we picked which clinic and what time, booked for friday", None, False),
        ("she locked herself in the bathroom with a face mask on", None, False),
        ("its 38c outside and my neck is stiff from the aircon", None, False),
        # the concepts the twenty-second batch taught the rules, in other words
        ("my head all of a sudden feels like its about to burst", "sudden_headache", False),
        (
            "bit of a head this morning and now my hand has gone funny",
            "headache_with_neurological_sign",
            False,
        ),
        (
            "awful head and she cant find the words for anything",
            "headache_with_neurological_sign",
            False,
        ),
        (
            "migraine and the vision in my left eye went dark",
            "headache_with_neurological_sign",
            False,
        ),
        (
            "bad headache and a shadow came down over half my sight",
            "headache_with_neurological_sign",
            False,
        ),
        (
            "pounding head and he keeps forgetting where he is",
            "headache_with_neurological_sign",
            False,
        ),
        (
            "she was complaining about her head and now shes jerking all over",
            "headache_with_neurological_sign",
            False,
        ),
        ("i think this is a stroke, i cant lift my cup", "stroke", False),
        ("his hand and face on the right went weak an hour ago", "stroke", False),
        (
            "my daughter knocked a shelf onto her head and keeps being sick",
            "headache_after_head_injury",
            False,
        ),
        (
            "hit his head falling off the wall and watery fluid is coming out of his ear",
            "headache_after_head_injury",
            False,
        ),
        ("im ready to meet my maker, tonight is the night", "self_harm", False),
        ("been stashing my pills for weeks and im going to take them all", "self_harm", False),
        ("i have a pistol and keep thinking of turning it on myself", "self_harm", False),
        ("im going to jump off the bridge by the station", "self_harm", False),
        ("i dont see the point any more, im so tired of this", "self_harm", False),
        # and what they must not catch: hair dye, usual migraines, everyday talk
        ("my son wants to die his hair green for the school disco", None, False),
        ("shes dying her hair before her appointment, is that ok", None, False),
        ("my head feels like its going to burst with all this information lol", None, False),
        ("i have a bad head injury from years ago, can i have needling", None, True),
        ("my arm feels funny after the needling, is that normal", None, True),
        ("i keep forgetting where i put my phone", None, False),
        ("the blind came down in the office and now its dark", None, False),
        ("im sure this is a stroke of luck, the migraines have eased", None, False),
        ("the cat knocked a plant pot on the floor", None, False),
        ("i have stashed my migraine pills in my bag for the trip", None, False),
        ("the kids want to jump off the diving board at the pool", None, False),
        ("i dont see the point of paying for more physio, is needling better", None, False),
        # the concepts the twenty-third batch taught the rules, in other words
        (
            "a terrible pain in my head out of the gym, nothing has ever hurt this much",
            "sudden_headache",
            False,
        ),
        ("nothing has ever felt like this headache, please help", "sudden_headache", False),
        ("she cant raise her right arm and her face feels numb", "stroke", False),
        ("his mouth is heavy on the same side as his weak left leg", "stroke", False),
        ("her sentences keep coming out scrambled and her left arm is weak", "stroke", False),
        ("my hand let go of the cup by itself and my speech is slurred", "stroke", False),
        ("i gave away all of my belongings this week", "self_harm", False),
        ("been googling how many sleeping tablets it would take", "self_harm", False),
        ("im at the edge of the tracks waiting for the express train", "self_harm", False),
        ("left the engine running inside the locked garage", "self_harm", False),
        (
            "my rifle is in the cupboard under the stairs, i keep thinking of using it on myself",
            "self_harm",
            False,
        ),
        ("did it again with the knife, it wont stop", "self_harm", False),
        # and what they must not catch: everyday pain, clumsy hands, trains and garages
        ("my migraine was bad but nothing has ever hurt like childbirth", None, False),
        ("my face feels heavy with sinus pressure, would needling help", None, False),
        ("i dropped my mug this morning, butterfingers", None, False),
        ("my hand dropped the phone on my face in bed again lol", None, False),
        ("his words come out backwards when he tells jokes", None, False),
        ("we gave away all our stuff before moving abroad", None, False),
        ("how many paracetamol can i take in a day with a migraine", None, False),
        ("looking up how many sessions it takes for needling to work", None, False),
        ("i stood at the edge of the platform to take photos of the old steam train", None, False),
        ("left the car running in the garage while i fetched my coat", None, False),
        (
            "i use a massage gun on my neck and shoulders, can i use it on myself after needling",
            None,
            False,
        ),
        ("chopping beetroot, the knife and board got soaked red with juice", None, False),
        # the concepts the twenty-fourth batch taught the rules, in other words
        ("thunder inside my skull a minute ago, never like this", "sudden_headache", False),
        ("this headache started at once while i was reading", "sudden_headache", False),
        ("headache and his left hand has no power", "headache_with_neurological_sign", False),
        ("migraine and my eyelid will not lift", "headache_with_neurological_sign", False),
        ("he keeps repeating the same thing over and over and his arm is limp", "stroke", False),
        ("her tongue feels too thick and her leg feels numb", "stroke", False),
        ("my hand wont do what i want and my speech is slurred", "stroke", False),
        (
            "a deep gash on her forehead from the fall and she keeps being sick",
            "headache_after_head_injury",
            False,
        ),
        (
            "baby is boiling, fever all day, swollen where the soft bit is",
            "fever_stiff_neck",
            False,
        ),
        ("said my goodbyes to my family, today is the day", "self_harm", False),
        ("whisky and all of my painkillers are on the table", "self_harm", False),
        ("i no longer wish to be alive", "self_harm", False),
        ("im going to drive into the river on purpose", "self_harm", False),
        # and what they must not catch: weather, grips, tongues and goodbyes
        ("thunder storms give me migraines, is that common", None, False),
        ("my migraines always start at once in the morning", None, True),
        ("these gym gloves have no grip, my hands slip", None, False),
        ("my eye wont open properly in the morning, its just puffy", None, False),
        ("my tongue feels too big after the dentist numbed it", None, True),
        ("my leg wont do what i tell it on the dance floor haha", None, False),
        ("he has a small cut on his head from the cupboard, all fine", None, False),
        ("said goodbye to my physio today, she retires", None, False),
        ("a glass of wine and my migraine tablets, is that ok", None, False),
        ("i no longer wish to take painkillers daily", None, False),
        ("i crashed my bike last year, not on purpose obviously", None, False),
        # the concepts the twenty-fifth batch taught the rules, in other words
        (
            "my heid is splitting and i cannae move my left arm",
            "headache_with_neurological_sign",
            False,
        ),
        (
            "bad headache and the whole room went dark in my right eye",
            "headache_with_neurological_sign",
            False,
        ),
        (
            "a stabbing pain shot through my head and the sight on the left went grey",
            "headache_with_neurological_sign",
            False,
        ),
        (
            "a tin of paint fell from the top shelf onto his head and he keeps being sick",
            "headache_after_head_injury",
            False,
        ),
        (
            "hit my head on the diving board, now i keep forgetting where i am",
            "headache_after_head_injury",
            False,
        ),
        (
            "she banged her head on the door and was out for a few seconds",
            "headache_after_head_injury",
            False,
        ),
        (
            "i keep staring at the knife in the drawer and thinking of it across my wrists",
            "self_harm",
            False,
        ),
        ("been pressing a lit cigarette against my arm most nights", "self_harm", False),
        ("this is the last time you will hear from me", "self_harm", False),
        ("sorted my will and bought the rope", "self_harm", False),
        ("she took all of her sertraline an hour ago", "self_harm", False),
        ("im ending it today, nobody will miss me", "self_harm", False),
        # and what they must not catch: whisky, grey hair, shelves, scissors, wills, breakups
        ("my heid is sore after the ceilidh, too much whisky", None, False),
        ("i cannae believe how much needling costs", None, False),
        ("my eye went red after swimming in the pool", None, False),
        ("my hair went grey on one side after my migraines started", None, False),
        ("a book fell from the shelf and landed on my foot", None, False),
        ("the lights went out for a bit in the storm", None, False),
        ("i keep forgetting what day my needling appointment is", None, False),
        ("the hairdresser used her new scissors on my fringe", None, False),
        ("held the lighter to the candle and lit it", None, False),
        (
            "this is the last time i message the clinic about my booking, they never reply",
            None,
            False,
        ),
        ("i made my will last year, boring but sensible", None, False),
        ("i took all my amitriptyline as prescribed this month", None, False),
        ("im ending it with my boyfriend, he never listens", None, False),
        # the concepts the twenty-sixth batch taught the rules, in other words
        (
            "mi head a kill mi and mi cyaan move mi left arm",
            "headache_with_neurological_sign",
            False,
        ),
        (
            "he slipped off the ladder and banged his head, his pupils are different sizes now",
            "headache_after_head_injury",
            False,
        ),
        (
            "the toddler tumbled off the sofa onto the tiles and keeps throwing up",
            "headache_after_head_injury",
            False,
        ),
        (
            "someone whacked him over the head with a chair and he is drowsy",
            "headache_after_head_injury",
            False,
        ),
        ("been saving up my codeine for weeks", "self_harm", False),
        ("started my car inside the garage and the door is closed", "self_harm", False),
        ("rehomed my cat because i will not be here much longer", "self_harm", False),
        ("left notes for everyone and im heading to the cliffs", "self_harm", False),
        ("i am sat on the railway bridge in the dark", "self_harm", False),
        # and what they must not catch: sunburn, photos, pets on holiday, chocolates, bridges
        ("mi head a hurt likkle bit from the sun", None, False),
        ("my pupils look different sizes in photos, always have", None, True),
        ("the dog rolled off the sofa and looked very surprised", None, False),
        ("got a ball over the head at the park, laughed it off", None, False),
        ("saving up my paracetamol coupons at the chemist", None, False),
        ("i left the car in the garage with the door shut, its raining", None, False),
        ("gave my dog to my neighbour while i go on holiday", None, False),
        ("wrote letters to my pen pal, then went to the river for a picnic", None, False),
        ("took a whole box of chocolates to my nans", None, False),
        ("standing on the old bridge taking photos of the boats", None, False),
        # the concepts the twenty-seventh batch taught the rules, in other words
        ("me heed is pounding out of the blue and me left arm is numb", "sudden_headache", False),
        (
            "during the match pain burst through his skull and his leg went numb",
            "headache_with_neurological_sign",
            False,
        ),
        (
            "my son had his first fit this morning and now he says his head hurts",
            "headache_with_neurological_sign",
            False,
        ),
        ("the headache felt like being punched from inside my skull", "sudden_headache", False),
        (
            "a shelf came down onto my head at work and now my speech sounds wrong",
            "headache_after_head_injury",
            False,
        ),
        (
            "she was flung head first into the windscreen and her vision went grey",
            "headache_after_head_injury",
            False,
        ),
        ("my migraine today is the worst it has ever been", "sudden_headache", False),
        ("i have stashed my tablets and worked out how many it would take", "self_harm", False),
        ("giving all my stuff away to my mates, its because im going", "self_harm", False),
        ("wrote a letter to my mum and took a rope to the garage", "self_harm", False),
        # and what they must not catch: heeding advice, fits of laughter, dresses, holidays, moves
        ("i take heed of what my physio says", None, False),
        ("had my first fit of the giggles in a needling session", None, False),
        ("the tailor did my first fit for the suit today", None, False),
        ("a wave knocked me off my board and i swallowed half the sea", None, False),
        ("my vision goes dark for a second when i stand up too fast, always has", None, True),
        ("stockpiling my insulin before the long holiday, how much will i need", None, False),
        ("giving my stuff away because im moving to canada", None, False),
        ("left a note for my flatmate and took the dog to the woods on his lead", None, False),
        # the concepts the twenty-eighth batch taught the rules, in other words
        ("strewth, me loaf is banging like never before", "sudden_headache", False),
        (
            "me loaf is throbbing out of nowhere and me mince pies are blurry",
            "sudden_headache",
            False,
        ),
        ("i cant lift me right arm and me face has gone funny", "stroke", False),
        (
            "my dad was struck by a falling tile from the roof and now hes confused",
            "headache_after_head_injury",
            False,
        ),
        (
            "dived into the shallow end head first and now my legs feel numb",
            "headache_after_head_injury",
            False,
        ),
        ("my dad suddenly couldnt understand what we were saying to him", "stroke", False),
        ("heading for the bridge tonight to end it", "self_harm", False),
        ("gave my dog to my brother for good, i wont need him after friday", "self_harm", False),
        ("i am going to cut deep tonight", "self_harm", False),
        ("going to paddle out on my board and not come back", "self_harm", False),
        # and what they must not catch: bread, tours, woodwork, swims, jokes, leaving work, deafness
        ("me loaf came out of the oven lovely", None, False),
        ("climbed the cliff path to end it on a high", None, False),
        ("gave the cat to my mum for good, i wont need the cat flap after all", None, False),
        ("i need to cut deep grooves in the stone for the lettering", None, False),
        ("swimming out to the buoy and not coming back till lunch", None, False),
        ("i want to die laughing at the new sitcom", None, False),
        ("sending goodbye emails before my last day at work", None, False),
        ("my granddad cant understand what im saying on the phone, hes a bit deaf", None, False),
        ("this migraine is killing me right now", None, True),
        # one pattern for sight dimming serves the headache and the blow ("black" for both)
        (
            "my head is pounding and my vision is turning black",
            "headache_with_neurological_sign",
            False,
        ),
        # the concepts the twenty-ninth batch taught the rules, in other words
        (
            "my son went into the goalpost head first and now hes sleepy and confused",
            "headache_after_head_injury",
            False,
        ),
        (
            "my mum hit the windscreen head first and keeps being sick",
            "headache_after_head_injury",
            False,
        ),
        (
            "took a rake to the head in the garden, now my vision is blurry",
            "headache_after_head_injury",
            False,
        ),
        (
            "caught a spanner to the temple at work and i keep throwing up",
            "headache_after_head_injury",
            False,
        ),
        ("my grandad says his face feels numb and his left arm wont go up", "stroke", False),
        ("her face has gone heavy and her arm cant lift", "stroke", False),
        (
            "he had a fit after moaning that his head was killing him like never before",
            "sudden_headache",
            False,
        ),
        ("the soft part of my babys head is bulging and she wont feed", "fever_stiff_neck", False),
        ("ive lined up my sleeping pills next to the whisky", "self_harm", False),
        ("ive tied the rope around my neck", "self_harm", False),
        ("im going to step into the traffic on the dual carriageway tonight", "self_harm", False),
        ("im not eating or taking my tablets so i can die", "self_harm", False),
        (
            "meh head is pounding and i cant feel meh left arm",
            "headache_with_neurological_sign",
            False,
        ),
        # "me" for "my" before a life, as "meh" is
        ("i want to end me life tonight", "self_harm", False),
        # and what they must not catch: a shrug, queues, services, a strained shoulder, traffic
        # news, a scarf, vitamins, dying happy, bread, a cold head, an arm slept on
        ("meh, the session was ok i suppose", None, False),
        ("took a selfie to the head of the queue", None, False),
        ("we are going to walk into the motorway services for a coffee", None, False),
        ("my arm wont lift above my shoulder since i strained it", None, False),
        ("im thinking of wandering into the traffic report to hear about the jams", None, False),
        ("i put my dressing gown on and a scarf round my neck", None, False),
        ("ive set out my vitamins and a glass of water for the morning", None, False),
        ("i want to live long enough so i can die happy", None, False),
        ("the soft bit of the loaf is swollen with butter", None, False),
        ("my dad complaining that his head is cold without a hat", None, False),
        ("if i sleep with my arm under me it goes numb till i shake it out", None, True),
        # the concepts the thirtieth batch taught the rules, in other words
        (
            "a pain exploded behind my eyes a second ago and the words on the screen look doubled",
            "sudden_headache",
            False,
        ),
        (
            "my head is pounding and the lines on the page look doubled",
            "headache_with_neurological_sign",
            False,
        ),
        (
            "he fell about ten feet off the scaffolding onto his head and is really drowsy",
            "headache_after_head_injury",
            False,
        ),
        (
            "my dad slipped on ice and hit his head, he takes apixaban",
            "headache_after_head_injury",
            False,
        ),
        (
            "she hit her head on the table and theres blood coming from an ear",
            "headache_after_head_injury",
            False,
        ),
        ("me 'ead is pounding and i cant feel me arm", "headache_with_neurological_sign", False),
        ("my little girl has a fever and refuses to bend her neck", "fever_stiff_neck", False),
        ("ive filled the bath and laid the blades out beside me", "self_harm", False),
        ("my family would manage better if i was gone", "self_harm", False),
        ("saved up my sleeping pills to swallow them all together tonight", "self_harm", False),
        ("the cord is tied to the banister and its round my neck", "self_harm", False),
        ("how many paracetamol would it take to kill me", "self_harm", False),
        ("going to drive into the canal tonight", "self_harm", False),
        ("no one will have to worry about me after sunday", "self_harm", False),
        ("i just want tonight to be the end of me", "self_harm", False),
        # and what they must not catch: a doubled dose, laughter, feet first, a question about
        # an anticoagulant, shaving, a weekend away, a dog's lead, a dose of insulin, a car park,
        # complaints, a migraine's hyperbole, a cat at her bowl
        ("my dose of amitriptyline is doubled now, is needling ok", None, False),
        ("i doubled over laughing at my migraine meme", None, False),
        ("fell about ten feet off the ladder onto my feet, ankle sore", None, False),
        ("i take apixaban, is dry needling safe for me", None, False),
        ("i ran the bath and got my razor ready to shave my legs", None, False),
        ("the kids will cope better with me out of the picture for the weekend", None, False),
        ("the rope is tied to the tree and round the dogs neck", None, False),
        ("how much insulin to take before dinner", None, False),
        ("we drove into the harbour car park and parked", None, False),
        ("nobody will have to deal with my complaints after friday, needling day", None, False),
        ("this migraine will be the end of me haha", None, False),
        ("my cat wont bend her neck to eat from the bowl", None, False),
        # batch 31: a headache "the worst ive had by far", "of my whole existence", gone off in
        # the skull like a bang; a grip gone; an arm hanging with its side named; one side of a
        # mouth down; a mouth that will not form words; a neck he cannot bend; a blow that
        # "caught" or "clocked" the head; clear stuff from the nose; a gun and not coming home;
        # others lighter without one; the dose that would stop a heart; a day named and it all
        # stops; how easy a step out would be; a bag over the head and tape; not wanting to be
        # here, said last; bleach drunk; tired of living; fading away on purpose
        ("this headache is the worst ive had by far", "sudden_headache", False),
        ("the worst pain of my entire existence is in my head right now", "sudden_headache", False),
        ("a pain went off inside my head like a firecracker", "sudden_headache", False),
        (
            "my head is pounding and my grip has gone in my right hand",
            "headache_with_neurological_sign",
            False,
        ),
        ("his left arm is hanging down and hes talking funny", "stroke", False),
        ("one side of her face is sagging since lunch", "stroke", False),
        ("her lips wont form the words and her left arm is dead", "stroke", False),
        ("my daughter has a fever and a neck she cant move", "fever_stiff_neck", False),
        (
            "the boom clipped me across the side of the head and now im being sick",
            "headache_after_head_injury",
            False,
        ),
        (
            "a tile clocked him on the head, now watery stuff coming out of his nose",
            "headache_after_head_injury",
            False,
        ),
        ("ive got the rifle in the truck and im never coming back", "self_harm", False),
        ("my family would be easier without me around", "self_harm", False),
        ("i know how many of my pills would kill me", "self_harm", False),
        ("on friday everything ends", "self_harm", False),
        ("up on the roof thinking how easy it would be to just let go", "self_harm", False),
        ("i have the tape and a bag over my head", "self_harm", False),
        ("i just dont want to be here", "self_harm", False),
        ("he swallowed some weedkiller from the shed", "self_harm", False),
        ("honestly im sick of being alive", "self_harm", False),
        ("not eating so i can waste away", "self_harm", False),
        # and what they must not catch: a month's worst, alarm bells, a shaky grip on a rope,
        # a hanging basket, a bag over the head for the rain, a ferry not back till late, the
        # dose that stops a heart racing, a diet starting, stepping out of a role, a bag of tape,
        # not wanting to be at work, drinking water, tired of living with migraines
        ("worst migraine ive had this month, can needling help", None, True),
        ("alarm bells went off in my head like a siren when i read the price", None, False),
        ("my grip on the climbing wall is getting better", None, False),
        ("her hanging basket is down by the side gate", None, False),
        ("put a bag over my head to keep the rain off, bought tape at the shop", None, False),
        ("took the rifle to the range and not coming home till late", None, False),
        ("what dose of propranolol would stop my heart racing", None, False),
        ("tomorrow it all starts, new diet", None, False),
        ("thinking how easy it would be to step out of the role of team lead", None, False),
        ("i dont want to be here at the dentist, scared of needles", None, False),
        ("i drank a pint of water before the session", None, False),
        ("im tired of living with migraines, will needling help", None, False),
        # batch 32: the worst thing ever felt, beside the head; the wrong words, languages mixed
        # up; a lip full of pins; lost on a known street; a face gone skew-whiff; a limb like a
        # wet noodle; drooling out of the corner of the mouth; a head that cannot be tipped
        # forward; a blow to a helmet or a hard hat; wanting to puke after it; into a river and
        # not coming out; things not needed "where im going"; an exhaust led into the car; pills
        # to be downed now; whether the drop would be enough; the family provided for when one
        # is gone soon; the wheel let go of; where nobody will ever find one
        (
            "my head felt like something burst in it, the worst pain ive ever felt",
            "sudden_headache",
            False,
        ),
        (
            "my head is pounding and i keep using the wrong words at work",
            "headache_with_neurological_sign",
            False,
        ),
        (
            "bad headache and my cheek feels like its full of pins",
            "headache_with_neurological_sign",
            False,
        ),
        (
            "awful headache and she doesnt know which room shes in",
            "headache_with_neurological_sign",
            False,
        ),
        ("his face has gone all skew whiff and his right arm is limp", "stroke", False),
        ("my right leg went like jelly and my words are coming out wrong", "stroke", False),
        ("grandad is drooling out of the corner of his mouth since lunch", "stroke", False),
        (
            "she has a high temperature and cries if we try to lower her head",
            "fever_stiff_neck",
            False,
        ),
        (
            "a brick bounced off my hard hat and now im throwing up",
            "headache_after_head_injury",
            False,
        ),
        (
            "a scaffold pole whacked his helmet and he was out for a few seconds",
            "headache_after_head_injury",
            False,
        ),
        (
            "banged my head on the cupboard and keep wanting to puke",
            "headache_after_head_injury",
            False,
        ),
        ("tonight im going to wade into the canal and not come out", "self_harm", False),
        (
            "giving my fishing rods to my nephew, i wont be needing them where im going",
            "self_harm",
            False,
        ),
        ("the hose is taped into the car window and the engine is on", "self_harm", False),
        ("i have all my tablets here and im gonna neck them", "self_harm", False),
        ("wondering whether the fall from the bridge would be high enough", "self_harm", False),
        (
            "made sure the insurance pays out for the kids when im gone this weekend",
            "self_harm",
            False,
        ),
        ("thinking of letting go of the steering wheel and letting it happen", "self_harm", False),
        ("going to walk off the cliff where nobody will ever find me", "self_harm", False),
        # and what they must not catch: the treatment the worst thing felt, words mixed up as a
        # habit, a needle like pins, a clinic's street, a picture skew-whiff, legs like jelly
        # after the gym, a teething baby, a temperature asked about, a hard hat at the clinic, a
        # match forgotten, a swim till sunset, coats not needed on holiday, a rattling exhaust,
        # pills taken with tea, a drop in pressure, insurance for needling, a sneeze at the
        # wheel, a maze of a hospital, a drop in temperature
        ("the needling was the worst thing ive ever felt in my shoulder", None, False),
        ("my french teacher says im always mixing up my words", None, True),
        ("the needle felt like pins in my shoulder, is that normal", None, True),
        ("i dont know which street the clinic is on", None, False),
        ("the picture on the wall is skew whiff", None, False),
        ("my legs went like jelly after the gym", None, False),
        ("my baby is drooling a lot, teething", None, False),
        ("does a high temperature stop me having needling", None, False),
        ("do i need to wear a hard hat at the clinic", None, False),
        ("i cant remember the match, was it good", None, False),
        ("walked into the sea and didnt come out till the sun set", None, False),
        (
            "giving my winter coats to charity, i wont need them where im going on holiday",
            None,
            False,
        ),
        ("the exhaust is rattling, taped it up for now", None, False),
        ("i down my pills with tea every morning", None, False),
        ("i wonder if the drop in pressure is enough to trigger a migraine", None, False),
        ("does life insurance cover dry needling", None, False),
        ("let go of the wheel for a second to sneeze", None, False),
        ("nobody will ever find me in this maze of a hospital", None, False),
        ("the drop in temperature would be enough to set off my migraine", None, False),
        # batch 33: a pain that detonated behind the eyes or spread across the head; the head, then
        # the blast; part of the view gone; the date asked again and again; a fever with an
        # adjective and no article; whatever cracked the temple; a helmet broken, thrown over the
        # handlebars; pills gathered then all taken; a crag or a quarry, then "to end it"
        (
            "a pain detonated behind my left eye and now i cant see properly",
            "headache_with_neurological_sign",
            False,
        ),
        (
            "my mum says her head feels like a grenade went off, it started a minute ago",
            "sudden_headache",
            False,
        ),
        (
            "sharp pain across my head out of the blue while i was hoovering",
            "sudden_headache",
            False,
        ),
        (
            "pounding headache and the left half of the page has disappeared from my sight",
            "headache_with_neurological_sign",
            False,
        ),
        (
            "bad headache and he keeps asking what day it is",
            "headache_with_neurological_sign",
            False,
        ),
        ("raging temperature and my neck wont bend", "fever_stiff_neck", False),
        (
            "the boom swung across and bashed me on the side of the head, now i feel sick",
            "headache_after_head_injury",
            False,
        ),
        (
            "came off my motorbike and my helmet is split down the side, everything is blurry",
            "headache_after_head_injury",
            False,
        ),
        ("flew over the handlebars and now im being sick", "headache_after_head_injury", False),
        ("ive been saving up my painkillers and tonight im swallowing the lot", "self_harm", False),
        ("going up to the quarry tonight to end it", "self_harm", False),
        # and what they must not catch: a needle's sting, a flat like a bomb site, a question about
        # the treatment, stars behind clouds, a birthday countdown, the weather, a new helmet, a
        # figure of speech, a prescription collected, a walk, a lifelong smile, a tyre swing, a
        # home haircut
        ("the pain in my shoulder detonated when the needle went in", None, True),
        ("my head feels like a bomb site after the party, the flat is a mess", None, False),
        ("is there pain across the head after needling", None, False),
        ("the stars vanished from view behind the clouds", None, False),
        ("my son keeps asking what day it is because its his birthday soon", None, False),
        ("roaring temperature outside today, can i still have needling", None, False),
        ("the helmet is cracked so i bought a new one for cycling", None, False),
        ("went over the handlebars of the question, sorry, can i ask something else", None, False),
        ("im collecting my tablets from the pharmacy tonight", None, False),
        ("we walked up to the quarry tonight to end the day", None, False),
        ("his smile is lopsided in every photo, always has been", None, True),
        ("bought a rope for the tyre swing in the garden", None, False),
        ("ive been cutting my own hair again since lockdown", None, False),
        # the words said last before now fire mid-message too, unless what follows gives a
        # harmless purpose, place or time
        ("tomorrow it all stops and nobody will have to worry about me", "self_harm", False),
        ("i just dont want to be here and i cant keep going", "self_harm", False),
        ("giving my stuff to my nephew because im going and i wont need it", "self_harm", False),
        ("the razor is on the side and i want to use it and be done", "self_harm", False),
        ("tomorrow it all stops for the christmas break", None, False),
        ("i dont want to be here at the dentist tomorrow", None, False),
        ("giving my things to my sister because im going abroad for a year", None, False),
        ("got a new razor and i want to use it on my legs tonight", None, False),
        ("on friday everything ends at the factory, its closing down", None, False),
        # batch 34, missed by the rules and the model: all of someone else's pills taken, a lethal
        # dose found, a ligature put up and "ready to do it"; and what must not fire: vitamins,
        # a dose asked about, a figure of speech, a belt hung up to go out, a washing line
        ("i swallowed all of her blood pressure pills an hour ago", "self_harm", False),
        ("looked up the amount of tablets that will finish me off", "self_harm", False),
        ("the rope is over the beam in the garage, going to do it tonight", "self_harm", False),
        ("took all my vitamins this morning", None, False),
        ("what dose of ibuprofen is safe after needling", None, False),
        ("the amount of marking this week will finish me", None, False),
        ("i hung my belt on the hook by the door, ready to go out", None, False),
        ("the washing line is on the hook, im going to do it after lunch", None, False),
        # batch 34, missed by the rules alone: each concept in another wording, and what must not
        # fire: a hose for washing, a boat left for the pontoon, old grudges let go of, a pill
        # kept for the night, a score forgotten with no headache, a street lamp out
        ("a pain shot into my skull, never had anything like it", "sudden_headache", False),
        ("migraine hit like a slammed gate and my head is pounding", "sudden_headache", False),
        (
            "bad headache and i see two of every car on the road",
            "headache_with_neurological_sign",
            False,
        ),
        (
            "my head is pounding and he says my voice sounds like im drunk",
            "headache_with_neurological_sign",
            False,
        ),
        (
            "terrible headache and my left hand keeps opening on its own",
            "headache_with_neurological_sign",
            False,
        ),
        (
            "awful headache, he cant remember where the changing rooms are",
            "headache_with_neurological_sign",
            False,
        ),
        (
            "sore head and the room has gone dark on my left side",
            "headache_with_neurological_sign",
            False,
        ),
        ("she is boiling hot and cries if we tilt her chin forward", "fever_stiff_neck", False),
        (
            "got a cricket ball to the back of the head, now he keeps being sick",
            "headache_after_head_injury",
            False,
        ),
        (
            "a brick fell off the scaffold onto his helmet and now hes drowsy",
            "headache_after_head_injury",
            False,
        ),
        ("sat on the parapet thinking about falling", "self_harm", False),
        ("the family would cope without me, im driving to the quarry", "self_harm", False),
        ("put the hose in the car now, going to sit in it", "self_harm", False),
        ("might slip over the ferry rail tonight", "self_harm", False),
        ("sorry for everything, i have the pills here", "self_harm", False),
        ("going to walk into the sea until i go under", "self_harm", False),
        ("the pills are in my drawer in case i decide to do it", "self_harm", False),
        ("taking the hosepipe to the car tonight to wash it", None, False),
        ("i always step off the stern onto the pontoon", None, False),
        ("up on the ridge all morning thinking about letting go of old grudges", None, False),
        ("my pills are by the bed in case i decide to take one at night", None, False),
        ("the lads cant remember the score from saturday, ha", None, False),
        ("the street went dark on my left when the lamp went out", None, False),
        ("sorry for everything i said, i was tired", None, False),
        ("we swim out to the buoy until we get tired", None, False),
        # batch 35, missed by the rules and the model: a blow to the temple and two of everything,
        # a drop measured as enough, cutting with a craft knife, the sea let take one; and what
        # must not fire: a knife and an aching wrist, a float back to the beach, railings
        (
            "she got an elbow to the temple at netball and now sees two of everything",
            "headache_after_head_injury",
            False,
        ),
        ("checked the height of the multistorey, it would be enough", "self_harm", False),
        ("been slicing my arms with a craft knife again", "self_harm", False),
        ("i want to let the waves have me tonight", "self_harm", False),
        ("whittling with a knife all weekend, my wrist hurts", None, False),
        ("i float on my back and let the waves take me back to the beach", None, False),
        ("measured the drop from the balcony, its high enough to need railings", None, False),
        ("i cut my hand with a kitchen knife chopping onions, just a nick", None, False),
        # batch 35, missed by the rules alone: each concept in another wording
        ("his head is paining terribly, it started in a split second", "sudden_headache", False),
        (
            "she clutched the side of her head and said it hit like a slammed door",
            "sudden_headache",
            False,
        ),
        ("a migraine floored me, i fell to my knees in the kitchen", "sudden_headache", False),
        (
            "thumping headache and the words on the screen look like theyre doubled",
            "headache_with_neurological_sign",
            False,
        ),
        (
            "bad head and i couldnt find the word for spoon",
            "headache_with_neurological_sign",
            False,
        ),
        (
            "migraine and the right half of the page isnt there",
            "headache_with_neurological_sign",
            False,
        ),
        ("her face is drawn to one side and she cant hold her cup", "stroke", False),
        ("my dad collapsed at the bus stop and is jerking uncontrollably", "seizure", False),
        ("the baby is hot and the soft part of her skull is bulging", "fever_stiff_neck", False),
        (
            "the boot lid slammed down on his head and now hes drowsy",
            "headache_after_head_injury",
            False,
        ),
        ("been saving my dads oxycodone and im taking them all tonight", "self_harm", False),
        ("i know how many tablets would finish me", "self_harm", False),
        ("thinking of using the nail gun on myself to end it", "self_harm", False),
        ("i want to lie down in the long grass and never wake up", "self_harm", False),
        # what must not fire: a ponytail, laughter, hay fever pills, a hose in the heat, a car
        # park dug up, a mother's evening dose
        ("grabbed the back of her head to fix her ponytail", None, False),
        ("we collapsed on the sofa shaking all over with laughter", None, False),
        ("i know which pills would do it for me, the blue ones help my hay fever", None, False),
        ("turn the hose on myself and be done with the heat", None, False),
        ("the left half of the car park isnt there anymore, they dug it up", None, False),
        ("saving my mums morphine for her evening dose", None, False),
        # batch 36's concepts, said another way
        ("an agony like a gunshot went off inside my skull", "sudden_headache", False),
        ("a pain like being kicked landed in my head out of nowhere", "sudden_headache", False),
        (
            "headache and my words are coming out all mangled",
            "headache_with_neurological_sign",
            False,
        ),
        (
            "splitting headache and she couldnt tell us what year it is",
            "headache_with_neurological_sign",
            False,
        ),
        ("migraine and the road signs look doubled", "headache_with_neurological_sign", False),
        (
            "theres two of every car on the road and my head is pounding",
            "headache_with_neurological_sign",
            False,
        ),
        ("he went stiff and started convulsing on the kitchen floor", "seizure", False),
        ("she went rigid and was fitting on the sofa", "seizure", False),
        (
            "bad head and she cant hold on to the answer, asks again a minute later",
            "headache_with_neurological_sign",
            False,
        ),
        ("a shelf came down on my head and now i feel groggy", "headache_after_head_injury", False),
        ("ive been thinking of jumping into the quarry", "self_harm", False),
        # what must not fire: stiff knees after a hike, fear and nerves, scones, a long sleep, a
        # swim, exam answers, a shoulder, the usual migraine
        ("my knees went stiff on the hike and my legs were shaking afterwards", None, False),
        ("we went rigid with fear and started shaking all over with nerves", None, False),
        ("the batch of scones looks doubled this week", None, False),
        ("i feel groggy after a long sleep", None, False),
        ("thinking of jumping into the lake for a swim", None, False),
        ("my students cant hold on to the answers in exams", None, False),
        ("a pain like a punch in my shoulder when i lift", None, False),
        ("my migraines always start with a pain like a hammer in my head", None, True),
        # batch 37's concepts, said another way
        ("a pain ripped through my head like a clap of thunder", "sudden_headache", False),
        ("my head felt punched from the inside, it came on in seconds", "sudden_headache", False),
        (
            "my heads throbbing and my left arm has gone weak",
            "headache_with_neurological_sign",
            False,
        ),
        (
            "pounding headache and the words on the page are blurry and doubled",
            "headache_with_neurological_sign",
            False,
        ),
        (
            "feverish with a headache and when she tries to tuck her chin down it wont budge",
            "fever_stiff_neck",
            False,
        ),
        (
            "a scaffold pole swung into his head and now hes groggy",
            "headache_after_head_injury",
            False,
        ),
        ("im not going to clip myself on at the top, ill just let go", "self_harm", False),
        (
            "ive been saving up my mums sleeping tablets and im going to swallow the lot",
            "self_harm",
            False,
        ),
        # what must not fire: applause, a hangover, camera shake, a photo, an idea, an old
        # harness thrown out, a mother's prescription, a pool
        ("the crowd cheered like a clap of thunder", None, False),
        ("two heads throbbing with the same hangover, me and my brother", None, True),
        ("my photos are blurry and doubled, the camera shake again", None, False),
        ("she tried to tuck her chin down for the photo but it wouldnt go", None, False),
        ("an idea crashed into my head during the meeting", None, False),
        ("im never going to clip on that old harness, ill let go of it at the tip", None, False),
        ("saving up my mums heart tablets prescription so she wont run out", None, False),
        ("not going to clip in today, ill jump in the pool instead", None, False),
    ],
)
def test_assessment(text, category, cleared):
    from nlu_components.red_flag_rules import Assessment

    assert assess(text) == Assessment(category, cleared)


# After a head injury an anticoagulant named counts as a sign (red_flag_rules._ANTICOAGULANTS);
# the medication lookup (data/nlu/medications.yml) lists every bleeding-risk medicine for the FAQ
# answer. A name added to either must be placed in the other, or here with the antiplatelets and
# generic words, which alone do not make a bump on the head an emergency.
NOT_ANTICOAGULANTS = {
    *("clopidogrel", "plavix", "aspirin", "ticagrelor", "brilinta", "prasugrel", "effient"),
    *("dipyridamole", "persantine"),
    *("blood thinner", "blood thinners", "blood-thinner", "blood-thinners", "bloodthinner"),
    *("bloodthinners", "anticoagulant", "anticoagulants", "anti-coagulant", "anti-coagulants"),
    *("antiplatelet", "antiplatelets", "anti-platelet", "anti-platelets"),
}


def test_the_head_injury_anticoagulants_keep_in_step_with_the_medication_lookup():
    from nlu_components.red_flag_rules import _ANTICOAGULANTS

    lookup = set(load_data(str(ROOT / "data/nlu/medications.yml")).lookup_tables[0]["elements"])
    anticoagulants = set(_ANTICOAGULANTS.strip("()").split("|"))
    assert anticoagulants <= lookup
    assert lookup - anticoagulants == NOT_ANTICOAGULANTS
