"""Deterministic red-flag rules: messages that must get the emergency reply whatever the model
thinks. Pure Python (no Rasa), so the rules can be read and tested on their own.

A message is an emergency when it describes, now:
- a sudden, thunderclap or "worst ever" headache;
- a headache with a neurological sign (weakness, numbness, face drooping, slurred or lost
  speech, vision loss, confusion, fainting, seizure);
- signs of a stroke (face drooping, slurred speech, one-sided weakness) even without headache,
  or a stroke happening now;
- fever with a stiff neck;
- a head injury with a headache, vomiting, drowsiness or confusion;
- a collapse with a fit (shaking or jerking all over), with or without a headache;
- thoughts of suicide or self-harm (always, even when hedged or in the past: a crisis line
  costs little).

The rules look for concepts near each other rather than fixed phrases (a headache word and an
onset word within a dozen words, in either order), because fourteen batches of emergencies written
without looking at the rules got past them 7 to 30 times in 40. They still miss new
wordings: the model, trained on many more emergencies, is the second net.

To avoid false alarms, a sign does not count when it is negated just before ("no fever",
"without numbness") or among the words a pattern lets stand before it ("my face is not
drooping"), when the message talks about the past ("I had a stroke ten years ago")
with nothing saying it is happening now, when it is part of the visitor's usual migraines ("my
hand goes numb before my migraines": an aura) with nothing saying this one is new, when it asks
what the treatment causes or helps ("can dry needling cause numbness?", "my arm jumped when the
physio needled it, is that normal?"), or in a figure of speech ("weak at the knees"). A
headache that comes and goes, builds slowly or has an everyday cause ("with a cold"), a usual
sudden onset ("came on suddenly like always"), a lifelong trait ("her smile droops in old
photos"), a knock to the head after which all is well, and a sign that has passed ("my fever
broke last night") are not emergencies either. Such messages are "cleared": the component
then also overrules a model that took them for an emergency, unless the message shows distress.
Each clause is judged on its own as well, so a question cannot hide a red flag stated beside it.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

# ---- normalisation -------------------------------------------------------------------------

# What a dialect word for the head is said to do ("me heed is splitting", "me loaf is pounding"),
# and the body parts a dialect "mi" or "me" stands before as "my".
_HEAD_DOES = r"(is|was|feels|felt|hurts|hurting|pounding|splitting|killing|banging|throbbing|thumping|aching)"
_BODY_PART = r"(head|eyes?|arms?|legs?|face|hands?|foot|feet|neck|vision|sight|mouth|tongue|speech|words)"
_TYPOS = {
    # common misspellings of the words the rules depend on
    # the plural is kept: "my migraines hit out of nowhere" is about the usual ones
    r"\bhead ?aches\b|\bhed ?aches\b|\bhaedaches\b|\bheadahces\b|\bheaddaches\b": "headaches",
    r"\bhead ?ache\b|\bhed ?ache\b|\bheadach\b|\bhaedache\b|\bheadahce\b|\bheaddache\b": "headache",
    # "hed pain is ten out of ten" ("hed" alone is "he'd" without its apostrophe)
    r"\bhed (?=pain|pains|hurts|hurting|is (killing|pounding|throbbing|splitting|exploding)\b)": "head ",
    r"\bmigr[ae]?i?nes\b|\bmigranes\b": "migraines",
    r"\bmigr[ae]?i?ne\b|\bmigrane?\b": "migraine",
    r"\bworse?t\b|\bwrost\b|\bwost\b": "worst",
    r"\bsudd[ea]nl?y?\b|\bsuden(ly)?\b": "suddenly",
    r"\b(suicid|suicd|sucid|suiced|suisid|siucid|suecid)\w*\b": "suicide",
    r"\bnumm?b?ness\b|\bnumb\b": "numb",
    r"\bslur+ed\b|\bslurr?ing\b": "slurred",
    r"\bseizures?\b|\bsiezures?\b|\bseziures?\b|\bconvulsions?\b|\bconvulsing\b": "seizure",
    r"\bstiff+ ?neck\b|\bneck( \w+){0,3} (stiff|rigid|locked|rock hard|solid|made of wood|like (wood|a board|a plank|concrete|an? (steel |metal |iron )?(rod|pole|bar))|wooden)\b|\bneck (hurts|is sore|pain\w*) when (i|he|she|they|we|you) (bend|move|look|turn|touch)\w*"
    r"|\b(can'?t|cannot|wont|will not|refuses to|refused to) (bend|move|turn) (my|his|her|their) (neck|head down|head forward)\b|\b(can'?t|cannot) (bend|lower|tilt) (my|his|her|their) head\b|\bneck( that| which)? (wont|will not|doesnt|does not) (bend|move|turn)\b|\bneck (that |which )?(he|she|they|i|we|you) (cant|cannot|couldnt|can barely|can hardly) (bend|move|turn)\b|\b(wont|will not|doesnt|does not) let (us|me|anyone) (bend|move|touch) (his|her|their|my) (neck|head)\b|\bneck( \w+){0,2} (so|too) (tight|stiff|rigid|sore) (that )?(i|he|she|they) (cant|cannot|couldnt) (look|bend|nod)\b|\b(cant|cannot|couldnt) (look|bend) (down )?(at|to) (my|his|her|their) (knees|lap|feet|toes|belly|tummy)\b|\bchin (to|on) (my |his |her |their )?chest\b|\b(try|tries|trying|tried) to (put|bring|tuck|lower|get|drop) (my|his|her|their) chin (down|forward|to (my|his|her|their) chest)( \w+){0,4} (wont|will not|doesnt|does not|cant|cannot|couldnt|didnt) (go|move|bend|budge|do it)\b"
    r"|\b(cant|cannot|couldnt|unable to) (look|bend|tilt|put (my|his|her|their) chin) (\w+ ){0,2}down\b|\bneck( \w+){0,2} (too|so) (sore|stiff|painful) to (nod|move|bend|turn|look down)\b"
    r"|\b(bending|moving|tilting|lowering|putting) (my|his|her|their) (head|chin) (forward|down)( \w+){0,2} (is |was )?(agony|agonising|agonizing|impossible|unbearable|excruciating)\b"
    r"|\b(bending|moving|tilting|lowering) (my|his|her|their) neck( \w+){0,2} (is |was |feels |felt )?(like knives|like (being )?stabbed|agony|agonising|agonizing|impossible|unbearable|excruciating)\b"
    r"|\bworse when (i|he|she|they|we) (tilt|bend|put|move|drop|lower) (my|his|her|their) (chin|head) (down|forward)\b"
    r"|\b(screams?|screaming|cries|cry|crying|hurts?|winces?) (when|if) (we|i|you|they|she|he) (try to |tries to )?(move|bend|touch|lift|turn|tilt|tip|lower|push|nod|drop)s? (his|her|their|my) (neck|head forward|head down|head)\b"
    r"|\b(screams?|screaming|cries|cry|crying|hurts?|winces?) (when|if) (we|i|you|they) (try to )?(tuck|lower|push|put|bring|bend|tip|tilt|drop|move) (his|her|their|my) chin\b": "stiffneck",
    r"\bfever(ish)?\b|\bfebrile\b|\bhigh temperature\b|\bhigh temp\b|\bburning (up|hot)\b|\bhot to (the )?touch\b|\bboiling hot\b|\b(hot|boiling|roasting|sweating)( \w+){0,2} (and |but )?(shivering|shivery|shaking with chills)\b": "fever",
    r"\bdroop\w*\b|\bsagg\w*\b|\bsaging\b": "drooping",
    r"\bthunder ?clap\b|\bthunder ?bolt\b": "thunderclap",
    r"\bcan not\b": "cannot",
    # "dye" spelled "die": "she wants to die her hair purple" is about her hair
    r"\bdie(?= (my|her|his|their|your|the) (hair|roots|fringe|beard|eyebrows|jeans|shirt|clothes|wool)\b)": "dye",
    r"\bdying(?= (my|her|his|their|your|the) (hair|roots|fringe|beard|eyebrows|jeans|shirt|clothes|wool)\b)": "dyeing",
    # texted in a hurry: "cnt feel rite side, wrds wrong"
    r"\bcnt\b": "cant",
    # Scots: "my heid is pounding", "i cannae see straight"
    r"\bheid\b": "head",
    # "my heads pounding": "head's" without its apostrophe
    r"\bheads (?=(pounding|splitting|killing|throbbing|banging|thumping|aching|hurting|bursting|exploding)\b)": "head is ",
    r"\bcannae\b|\bcanna\b": "cant",
    # Geordie: "me heed is splitting" ("take heed" stays)
    rf"(?<=\bme )heed\b|(?<=\bmy )heed\b|\bheed\b(?= {_HEAD_DOES}\b)": "head",
    # Cockney rhyming slang: "me loaf" (loaf of bread) is the head, "me mince pies" the eyes
    rf"(?<=\bme )loaf\b|(?<=\bmy )loaf\b(?= {_HEAD_DOES}\b)": "head",
    r"(?<=\bme )mince pies\b": "eyes",
    # Scouse: "me 'ead went bang" (the apostrophe is gone by now)
    r"(?<=\bme )ead\b|(?<=\bmy )ead\b": "head",
    # "me" (and Trinidadian "meh") for "my" before a body part or a life: "i cant lift me left
    # arm", "end meh life" (not "killing me right now", not the shrug "meh, it was ok")
    rf"\bmeh?\b(?= ({_BODY_PART}|life|(left|right) (arm|leg|hand|side|eye|foot))\b)": "my",
    # Jamaican patois: "mi head a kill mi", "mi cyaan see outta one eye"
    rf"\bmi\b(?= ({_BODY_PART}|side|left|right)\b)": "my",
    r"\bmi\b(?= (cyaan|caan|cant|cannot|feel|did|tink|see|have|got)\b)": "i",
    r"\bcyaan\b|\bcaan\b": "cant",
    r"\boutta\b": "out of",
    r"\b(a|ah) kill (mi|me)\b": "is killing me",
    r"\bwrds\b": "words",
    r"\brite\b(?= (side|arm|leg|hand|foot|eye)\b)": "right",
    # British: "had a fit" is a seizure, "has a temperature" a fever
    r"\b(had|having|has|have|having another) a fit\b": "had a seizure",
    r"\b(started|starts|is|was|keeps|began|been) fitting\b": "had a seizure",
    r"\b(then|into|suffered|went into) a fit\b(?! of)": "had a seizure",
    r"\b(had|having|has|have) (my|his|her|their|a) (first|first ever|second|third|another) fit\b(?! of)": "had a seizure",
    r"\b(a|running a|got a) (high |raging |huge |very high |really high |burning |scorching |roaring )?temperature\b|\b(raging|roaring|soaring|blazing|scorching|sky high|massive) (temperature|temp)\b(?! (outside|out there|today|this (week|summer)|in the))|\b(temperature|temp) (of )?\d+|\b(temperature|temp) (is |has gone |went )?(through the roof|sky high|off the (scale|charts))": "fever",
    # a reading without the word: "he is 39.5" (normalised to "39 5"), "38c", "102 degrees f"
    # (not the weather: "its 38c outside")
    r"(\b(3[89]|4[0-2]) \d\b( ?(c|degrees))?|\b(3[89]|4[0-2]) ?(c|degrees c|celsius)\b|\b10[1-5] ?(f|degrees f|fahrenheit)\b)(?! (outside|out there|in the shade|in (the|our|my) (office|house|flat|car|room)|heat|heatwave|weather))": "fever",
}
_TYPO_PATTERNS = [(re.compile(p), r) for p, r in _TYPOS.items()]


def normalise(text: str) -> str:
    text = text.lower().replace("’", "'").replace("`", "'")
    text = re.sub(r"[^a-z0-9' ]+", " ", text)
    text = text.replace("'", "")  # "can't" -> "cant", "i'm" -> "im"
    text = " ".join(text.split())
    for pattern, replacement in _TYPO_PATTERNS:
        text = pattern.sub(replacement, text)
    return text


# ---- the signs -------------------------------------------------------------------------------

HEADACHE = (
    r"(headaches?|migraines?|(sore|pounding|throbbing|splitting|aching|banging|thumping|bad|terrible|awful|horrible|horrendous|rotten|stinking|killer|bit of a) (head|temples?|forehead)\b(?! (injury|start|teacher|lice|of hair|cold))|pain( (burst|bursts|exploded|explodes|detonated|detonates|went off|shot|tore))? (in|at|behind) (my|the) ((back|base) of (my |the )?)?((left|right) )?(head|skull|temples?|forehead|eyes?)|(holding|clutching|gripping|grabbed|grabbing|clutched|clasped|clasping) (the (back|side|top|front) of )?(my|his|her|their) head|(inside|in|into) my skull|pain( \w+){0,6} (in|inside|across|through) (my|his|her|their) (head|skull)|(back|base|top|side) of (my|his|her|their|the) skull|"
    r"\bhead( \w+){0,5} (pain\w*|hurt\w*|ach\w*|sore|pound\w*|throb\w*|thump\w*|split\w*|killing|bang\w*|explod\w*|detonat\w*|hammer\w*|crush\w*|squeez\w*|agony|murder)|\bduele la cabeza\b|\bdolor de cabeza\b|\bhead (felt|feels|feel) like (it|its|it had|it has|it was)( \w+){0,2} (hit|struck|smashed|hammered|crushed|cracked|ripped|torn|tore|split|burst)\b|\bhead (is|was|feels|felt) (so |really |very )?bad\b|\bhead( \w+){0,3} (hit|struck|punched|kicked|smashed|whacked|hammered) from (the )?inside\b|\b(split|splits|splitting|cleaved|cleaving) (my|his|her|their) (head|skull)\b|\bpain( \w+){0,3} (the )?(top|back|side|front) of (my|his|her|the) head|\bhead( \w+){0,6} (going to|about to|gonna|ready to) (burst|explode|pop|split)\b|\b(complain\w*|moan\w*) (about |of |that )?(his|her|their|my) head\b|\bpain (filled|fills|filling|flooded|floods|flooding|shot through|tore through|ripped through|burst through|bursts through|exploded through|blasted through) (my|his|her|their) (head|skull)\b)"
)

# A "worst ever" headache counts on its own, in either order ("the worst headache of my life",
# "this headache is the worst i have ever had", "the most painful migraine ive ever had").
_SUPERLATIVE = r"(wors[te]?|biggest|greatest|sharpest|strongest|fiercest|severest|harshest|most (painful|severe|intense|agoni[sz]ing|excruciating|horrendous|horrible|brutal|violent|vicious))"
_EVER = r"(ever\b|imaginable|i (can|could) (ever )?imagine|(of|in) (my|his|her|their) (whole |entire )?(life|existence|\d+ years)|like never before|(ive|i have) (ever )?known|(ive|i have|hes|he has|shes|she has) (ever )?had by (miles|a mile|far|a long way|a country mile))"
WORST_EVER = [
    r"thunderclap",
    r"\bthunder (in|inside|through) (my|his|her|their) (head|skull)\b",
    rf"{_SUPERLATIVE} (head )?(headaches?|migraines?|pain)( \w+){{0,6}} {_EVER}",
    # "never had a headache this bad", "worse than anything i have known"
    r"never( ever)? (had|felt) (a |any )?(head )?(headaches?|migraines?|pain)( \w+){0,2} (this|so|as) (bad|severe|painful|intense)",
    rf"({HEADACHE}|my head)( \w+){{0,4}} never (been|felt|had it) (this|so) (bad|severe|painful)",
    r"worse than (anything|any (headaches?|migraines?|pain)) (i have|ive|i) (ever )?(had|known|felt)",
    r"times worse than (any|my worst|every|my usual|a normal) (headaches?|migraines?)",
    r"(\d+|ten|twenty|fifty|a hundred|hundred|a thousand|thousand) times (worse than |stronger than |as bad as )?(any|my|his|her|their|a|the)( worst| usual| normal| regular)? (headaches?|migraines?|ones?)\b",
    # "the most horrific head pain": a superlative headache needs no "ever"
    r"the most (painful|severe|intense|agoni[sz]ing|excruciating|horrendous|horrible|horrific|awful|terrible) (headache|migraine|head pain|pain in my head)\b(?!s)",
    rf"{HEADACHE}( \w+){{0,12}} {_SUPERLATIVE}( \w+){{0,4}} {_EVER}",
    rf"{_SUPERLATIVE}( \w+){{0,3}} {_EVER}( \w+){{0,3}} {HEADACHE}",
    r"worst pain of my life",
    # "her head is the worst its ever been"
    r"\b(head|headache|migraine|head pain) (is|was|feels|felt) (the )?(worst|most painful) (its|it has|it is|it was|it) ever (been|felt)\b",
    r"(pain|agony)( \w+){0,3} beyond anything\b",
    r"never (known|felt|had|experienced) (agony|pain) like (this|it)\b",
    # "clutching her head, saying its a pain she has never known"
    r"(headaches?|migraines?|head pain) (that )?(i|he|she|they) (have |has |had |ve |s )?never (known|felt|had|experienced)",
    rf"{HEADACHE}( \w+){{0,8}} (pain|agony) (that )?(i|he|she|they) (have |has |had |ve |s )?never (known|felt|had|experienced)",
    r"never( in my (whole |entire )?life)? (have i |had |felt |known )(\w+ ){0,3}(headaches?|migraines?|head pain|pain) like (this|it)",
    # "a pain went off in my head, nothing has ever hurt like it"
    rf"{HEADACHE}( \w+){{0,8}} nothing (has |had |ive |i have )?(ever )?(hurt|felt) (like (it|this)|(this|so) (much|bad))\b",
    rf"nothing (has |had )?(ever )?(hurt|felt) (like|as bad as) (this|the) ({HEADACHE}|pain in my head)",
    # the head, then the worst thing ever felt: "my head went like a cork popped inside it,
    # worst thing ive ever felt"
    r"\bhead\b( \w+){0,14} (the )?(worst|most painful) (thing|pain|feeling) (ive|i have|hes|he has|shes|she has|theyve|they have) ever (felt|had|known)\b",
]
# A headache with a sudden onset, said near it in either order.
_ONSET = (
    r"((acute|sudden|hyperacute) onset|maxim(al|um) (intensity |severity )?(at|from) onset|(suddenly|abrupt\w*|(out of|from) nowhere)|(felt|heard) a (pop|snap|bang|crack)|hard and fast|"
    r"(peaked|maxed out|full strength|full force) (the second|the moment|instantly|immediately|straight away|right away)|all of a suddenly|instantly|in (a|one) (split )?(second|instant)|"
    r"in seconds|within seconds|seconds ago|in an instant|\binstant\b|out of the blue|all at once|(came|come|comes|started|starts|hit|hits) (on )?at once|then bang|"
    r"like never before|in a flash|with a (pop|bang|snap)|peaked (with)?in (a|one|a few) (minute|second)s?|hammer blow|like a (hammer|gunshot|slap|punch|kick|switch|(baseball |cricket )?bat|slammed \w+|(door|hatch|lid|gate) slamming)|like (flicking|flipping|hitting|pressing) a (light )?switch|out of a clear (blue )?sky|(in|within) (about |around |under |less than |just )?(a|one|two|three|a few|a couple of|\d+) (seconds?|secs?)( flat)?|"
    r"never (felt|known|had|experienced) anything (like|close to) (it|this)|explod\w*|explosi\w*|detonat\w*|like being (hit|shot|struck|punched|kicked|clubbed|smacked|whacked)|hit (me )?over the head|"
    r"like (a|an) (explosion|bomb|thunderclap|bolt|truck|train|wrecking ball|ton of bricks|car backfiring)|(bomb|grenade|gun) went off|like a firework (went|going) off|from (0|zero|nothing|none) to (10|ten|100|unbearable|(the )?max\w*|full|screaming|agony|excruciating)|(in|within) (under |less than )?(a|one) (minute|min)\b|like (a )?lightning( bolt)?|"
    r"in one go|in a (moment|heartbeat|split second)|(with no |without (any )?)warning|(a|one) (moment|second|minute) ago|sledge ?hammer|in the time it took|burst (behind|in|inside|through|across)|like ((a|the) (crack|clap|boom|peal|roll) of )?thunder|(a|with a) thunder (feeling|strike|crack|bolt)|"
    r"(was|felt) (fine|ok|okay|normal|perfectly fine) (until )?(a |one |two |five |ten )?(minute|minutes|moment|moments|second|seconds) ago|full (strength|force|blast) (in|within)|off the (scale|charts)|"
    r"in (a|one) (\w+ )?(thump|bang|blow|hit|crash|jolt|wallop)\b|(reached|hit|got to) full (blast|force|strength|intensity|power)|"
    r"before (i|he|she|they) (could|had time to) (even )?(put|sit|finish|say|stand|blink|react|move)|"
    # a headache that strikes during exertion (a thunderclap cause); the usual ones are cleared
    r"(came on|started|struck|hit|began|arrived) (\w+ ){0,2}(while|when|as) (i was |he was |she was |they were )?(lifting|straining|pushing|weightlifting|at the gym|working out|bending (down|over))|"
    r"(bent|bending) (down|over)( \w+){0,6} (and )?(got|felt|had) (a |this )?(blinding|sudden|violent|searing|massive|huge))"
)
SUDDEN_HEADACHE = [
    rf"{_ONSET}( \w+){{0,12}} {HEADACHE}",
    r"(explod\w*|explosion|detonat\w*|(bomb|gunshot|gun|grenade|firework) went off)( \w+){0,6} (head|skull)\b",
    # the head, then the blast: "his head feels like a grenade went off"
    r"\b(head|skull)( \w+){0,3} like (a|an) (bomb|grenade|firework|gun|gunshot|landmine|explosion)( \w+){0,2} (went off|going off|gone off|exploded|exploding|detonated|blew up|burst)\b",
    r"\ba (pop|snap|bang|crack|click) (in|inside) (my|his|her|the) (head|skull)",
    # struck to the knees: "a headache hit me so hard i dropped to my knees"
    rf"{HEADACHE}( \w+){{0,8}} (dropped|fell|sank|went down|collapsed|buckled) (down )?(to|onto|on) (my|his|her|their) knees\b",
    # "a horrendous pain tore through my head" (a pain that "shot through" is an everyday one)
    r"(pain|agony)( \w+){0,2} (tore|ripped|tearing|ripping|blasted|slammed|smacked|smashed|crashed|rammed|punched) (through|into|across) (the back of |the top of |the side of )?(my|his|her|their|the) (head|skull|brain)",
    # struck down in the street: "a pain hit the back of my skull so hard i had to lie down on the pavement"
    rf"{HEADACHE}( \w+){{0,8}} (had|needed) to (lie|sit|get) down (on|in) the (pavement|street|road|roadside|sidewalk|ground)",
    r"\b(felt|heard|feel) something (pop|snap|burst|crack|tear|rip|give)( \w+){0,2} (in|inside) (my|his|her|the) (head|skull|brain)",
    # a cry of pain and hands to the head: "she screamed and grabbed her head mid sentence"
    r"\b(screamed|screaming|cried out|yelled|shrieked|howled)( \w+){0,2} (and )?(grabbed|grabbing|clutched|clutching|clasped|clasping|held|holding) (my|his|her|their) head\b",
    r"\bsomething (popped|snapped|burst|cracked|tore|ripped|gave)( \w+){0,2} (in|inside|at the back of|behind|in the back of) (my|his|her|the) (head|skull|brain)",
    r"\b(head|skull)( \w+){0,2} (went|gone|going|goes) from (fine|nothing|normal|ok|okay|clear) to (unbearable|agony|agonising|excruciating|screaming|exploding|ten|10)\b",
    r"\bhead( \w+){0,5} (struck|hit|zapped) by lightning",
    r"\bhead( \w+){0,2} (went|goes|going) (bang|boom|pop|crack|snap)\b|\bhead( \w+){0,2} (went|goes|going) off like\b",
    # "a headache went off in my skull like a flashbang" (not alarm bells going off in one's head)
    r"(?<!bells )(?<!alarm )(?<!bulb )\b(went|goes|going|gone) off (in|inside) (my|his|her|their|the) (head|skull|brain) like (a|an)\b",
    rf"{HEADACHE}( \w+){{0,2}} (slammed|smashed|crashed|rammed|slamming|smashing|crashing|ploughed|plowed) into me\b",
    # felt struck when nothing struck: the classic description of a bleed
    r"(hit|struck|punched|kicked|shot|smacked)( \w+){0,4} but (nobody|no one|nothing) (touched|hit|was there|did)",
    rf"{_ONSET}( \w+){{0,3}} (at|in) the back of (my|the) head",
    # the onset inside the pain: "a pain like a hammer blow landed in my head"
    rf"\b(pain|agony)( \w+){{0,2}} {_ONSET}( \w+){{0,4}} (in|into|inside|across|through) (my|his|her|their|the) (head|skull)\b",
    rf"{HEADACHE}( \w+){{0,12}} {_ONSET}",
    # the onset inside the headache: "my head suddenly feels like its being crushed"
    rf"\bhead( \w+){{0,3}} {_ONSET}( \w+){{0,5}} (pain|hurt\w*|ach\w*|sore|pound\w*|throb\w*|split\w*|explod\w*|burst\w*|crush\w*|squeez\w*)",
    r"(head|skull)( \w+){0,3} (explod\w*|detonat\w*|going to explode|about to explode|burst\w*|split (open|in two)|(cracking|cracked) (open|in two|in half))",
    r"(feels?|felt|feeling) like (someone|somebody|something) (has |had |just )?(hit|smashed|struck|whacked|punched|kicked|clubbed|bashed|hammered) (me |him |her |them )?((over|on|in|at) )?(the |my |his |her |their )?((back|top|side|base) of (the |my |his |her |their )?)?(head|skull)\b",
    # a headache that strikes during sex (a thunderclap cause)
    rf"{HEADACHE}( \w+){{0,8}} (during|while having|in the middle of) (sex|orgasm|climax|intercourse)",
    rf"(during|while having|in the middle of) (sex|orgasm|climax|intercourse)( \w+){{0,8}} {HEADACHE}",
]

# A headache said to be severe beyond words counts when something also says it is new.
SEVERE_HEADACHE = [
    rf"{HEADACHE}( \w+){{0,6}} (violent|excruciating|agoni[sz]ing|unbearable|made me scream|screaming|(10|ten) out of (10|ten)|10 10)\b",
    rf"(violent|excruciating|agoni[sz]ing|unbearable|screaming) {HEADACHE}",
]

# Sight dimming ("my vision is going dark at the edges"): a sign beside a headache or after a blow.
_VISION_DIMMING = r"\b(vision|sight|eyesight)( \w+){0,3} (going|gone|went|turning|turned) (grey|gray|dim|fuzzy|hazy|dark|black)\b"

# Trouble speaking: a sign beside a headache, and half of the FAST test beside one limb gone
# weak (below).
_SPEECH = (
    r"((cant|cannot|couldnt) find (the |my |his |her |their |any )?(words|word for)|slurred|(cant|cannot|couldnt) (speak|talk)|"
    r"(words|speech|voice)( \w+){0,3} (jumbled|muddled|garbled|thick|strange|weird|wrong|odd|funny|muffled|blurred|blurry|mixed up|mashed|mangled|scrambled)|speech( \w+){0,2} off\b|"
    r"(cant|cannot|couldnt) get (a|one|the|any|her|his) (sentence|word)s? out|(know|knew|knows) what (i|he|she|they) (want|wants|wanted) to say( \w+){0,4} (wont|will not|wouldnt|would not|cant|doesnt|does not|didnt) come out|"
    r"(sounds|sound|sounded|sounding) (muffled|slurred|drunk|like (im|i am|hes|he is|shes|she is|theyre|they are|i was|he was|she was) drunk)|talk\w* (strange|strangely|funny|weird|oddly)|(talk\w*|speak\w*|speech|voice|words)( \w+){0,6} (slurry|half asleep)\b|"
    r"(nonsense|gibberish|noises|sounds|grunts)( is| was| are| were)? (coming|comes|came) out|"
    r"(mouth|lips|tongue)( \w+){0,2} (stopped|stops|wont|will not|cant|cannot|couldnt) (forming|form|making|make|shaping|shape) (the |any |my |his |her |their )?words|"
    r"(saying|says|said|repeating|repeats) the same (sentence|thing|words?|phrase)( \w+){0,2} over and over|"
    r"(words|sentences?) (are |were |keep |kept |keeps )?(coming|come|comes|came) out (in the wrong order|wrong|backwards|jumbled|muddled|all wrong|mixed up|scrambled)|"
    r"(trying|tries|tried|try) to (talk|speak|say something)( \w+){0,2} but (only )?(noises|sounds|grunts|nothing|no words)( \w+){0,2} (come|comes|came) out|"
    # "i keep saying the wrong words", "mixing up my languages"
    r"(saying|says|said|using|uses|used) the wrong words|mixing up (my |his |her |their )?(words|languages))"
)

# Neurological signs count together with a headache.
NEURO_SIGNS = [
    _SPEECH,
    r"\bweak(ness|nes)?\b|\bno (strength|grip|power)\b|\blost (the |my )?strength\b|\b(gave|giving|gives) way\b",
    # "cant feel my left arm", "cannot lift my right hand", "cant move one side of my body"
    r"(cant|cannot|couldnt|unable to) (move|lift|raise|feel|use) (my |his |her |one |the )?((left|right) )?"
    r"(arm|leg|hand|foot|face|side|fingers|toes)",
    r"\bnumb\b",
    # the third nerve: an eyelid that will not lift, an eye turned out to the side
    r"(eye|eyelid)( \w+){0,2} (wont|will not|cant|cannot|doesnt|does not) (open|stay open|lift)\b|\beyes?( \w+){0,3} (looks?|looking|points?|pointing|turned|turning|drift\w*) (out|off) (to the side|sideways|outwards)\b",
    r"\bpins and needles\b|\btingl\w*\b",
    # "the side of my lip feels like its full of pins"
    r"\b(lip|lips|face|cheek|tongue|arm|hand|leg|foot|fingers|side)( \w+){0,5} (full of (pins|needles)|like pins)\b",
    # lost where one knows the way: "i dont know which street im on or how i got here"
    r"\b(dont|do not|doesnt|does not|didnt|cant|cannot) (know|tell|remember) (which|what) (street|road|town|city|room|floor|house|building|stop|station|shop|ward) (im|i am|hes|he is|shes|she is|theyre|they are|we are) (on|in|at)\b|\b(dont|do not|doesnt|does not|didnt|cant|cannot) (know|remember) how (i|he|she|they) got (here|there|home)\b",
    r"(arm|leg|hand|foot|face|side)( \w+){0,3} (limp|dead|floppy|flopped|flopping|useless)\b",
    r"(leg|foot)( \w+){0,4} dragging|dragging (my|his|her|their) (leg|foot)",
    r"(cant|cannot|couldnt) (get|make) (my|his|her|their) ((left|right) )?(hand|arm|leg|foot|fingers) to (grip|hold|move|work|lift|close|open)",
    r"(arm|leg|hand|foot|fingers|face|side)( \w+){0,2} (wont|doesnt|will not|isnt|is not) (work|move|working|moving|close|open|grip)",
    r"(face|lips?|cheek|tongue|mouth)( \w+){0,4} like (it had |ive had |i had |(he|she) had )?(a |an )?(dentist|dental|novocaine|anaesthetic|anesthetic)",
    r"words( \w+){0,4} (in the wrong order|back to front|upside down)",
    r"(asking|asks|ask|repeating|repeats) the same (question|thing)s?( \w+){0,2} (over and over|again and again|repeatedly)",
    r"pupils?( \w+){0,3} (huge|bigger|larger|different sizes?|blown|uneven)\b|eyelid( \w+){0,3} (shut|closed|wont open|down)\b",
    r"(arm|leg|hand|foot|fingers)( \w+){0,2} (wont|doesnt|will not|does not) (do what|listen|obey|respond)",
    r"(cant|cannot|couldnt) (get|put) (my |the |his |her )?words (in|into|together)",
    r"(seeing|see|sees) (everything|things|it all) twice",
    # what is seen, doubled: "the keys look doubled" (not a dose doubled, not "doubled over");
    # whatever it is, when it "looks" doubled ("the hatpins look doubled")
    r"\b(keys|words|letters|text|writing|lines|numbers|screen|everything|things|people|faces|cars|lights|signs|it all)( \w+){0,3} (looks?|looked|looking|seems?|seemed|appears?|gone|went|are|is) ((blurred|blurry|fuzzy|hazy|swimming) and )?doubled\b(?! (over|up))",
    r"\b(looks?|looked|looking|seems?|seemed) doubled\b(?! (over|up)\b)",
    r"\b(look|looks|looked|looking|appear|appears|appeared) like (theyre|they are|there are|its|it is|theyve been|everythings|everything is) (\w+ )?(twice|doubled)\b",
    r"\b(went|gone|going) rigid\b|\b(started|is|was|keeps|began|been) jerking\b",
    r"(half|part|side|bits?) of (everything|what|my vision|things)( \w+){0,6} (vanished|gone|missing|disappeared|black|dark)\b",
    r"(arm|leg|hand)( \w+){0,2} (hangs?|hanging|dangl\w*) (there|down|limp|loose|uselessly)\b",
    # "the whole left half of the street just isnt there when i look"
    r"\b(left|right) (half|side) of (\w+ ){1,4}(isnt|is not|wasnt|was not|arent|are not) there\b",
    _VISION_DIMMING,
    # one side of the view gone: "the corridor lights have gone dark down my right side"
    r"\b(gone|went|going|turned|is|are) (dark|black|blank|grey|gray|dim)( \w+){0,2} (down|on|along|across) (my|his|her|their) (left|right)( hand)?( side)?\b",
    # "the screen went black in my left eye"
    r"\b(went|gone|going|turned) (black|dark|blank|grey|gray) in (my|his|her|their|one) ((left|right) )?eye\b",
    r"\b(went|gone|going|is|was|seems?|acting|all) (all )?muddled\b|(called|calling|calls) (me|us|him|her) (by )?(the |a )?wrong name",
    r"(foot|feet|toes?)( \w+){0,2} (catching|scuffing|scraping)\b",
    r"(woke|woken|came to|came round) (up )?on the (\w+ )?(floor|ground)|no idea how (i|he|she|they) got there",
    r"(keeps?|kept|keep on) (falling|slipping|dropping) out of (my|his|her|their) (hands?|grip|fingers)\b|\b(my|his|her|their) grip (has |is |had )?(gone|going|went)\b",
    # a hand that acts by itself: "my right hand keeps letting go of the ladder rung on its own"
    r"\b(hand|arm|fingers|grip)( \w+){0,3} (letting|lets|let|opening|opens|dropping|drops|jerking|jerks) (go )?(of )?(\w+ ){0,4}(on (its|their) own|by (itself|themselves)|of (its|their) own accord)\b",
    r"(keeps?|kept|started|been) dropping\b|dropping things|(cant|cannot) (hold|grip) (things|anything|my|a|his|her|their|the|onto)\b",
    r"(losing|lost|loss of|cant keep|cannot keep) (my )?balance|(cant|cannot|unable to) (walk|stand)|\bstumbling\b|\bstaggering\b|(keep|keeps|kept|started|been|am|is|was|im|hes|shes) (\w+ )?(swaying|veering|drifting|lurching) (over )?to (the )?(left|right|one side)\b",
    r"\bdrooping\b",
    r"(hand|arm|leg|foot|fingers)( \w+){0,2} (is |are |feels? |gone |went |has gone )?(all )?clumsy\b",
    r"((cant|cannot|couldnt) remember|(keep |keeps )?forgetting) ((my|his|her|their) (own )?(name|address|postcode|post code|zip code|phone number|number|pin|birthday|date of birth)|what (i|he|she|they) (did|was doing|were doing) (this morning|today|earlier|an hour ago|just now))",
    r"\beye( \w+){0,2} (turned|turning|pointing|drifting|drifted|wandering) (out|outwards|outward|in|inwards|inward|off|away|sideways)\b",
    r"\b(see|seeing|sees) two of (her|him|them|you|everything|everyone|everybody|things|it|(every|each) \w+)\b|\b(see|seeing|sees|seen) two (pictures|images|copies|versions)\b|\b(theres|there is|there are|therere) two of (every|each) \w+",
    r"\b(words|letters|text|writing|lines)( \w+){0,6} (sliding|slide|slid|slipping|drifting|floating) (off|away|sideways|around|about)\b",
    r"\b(aphasi\w*|dysphasi\w*)\b",
    r"\b(everything|things|stuff) (on|to) (my|his|her|their|the) (left|right)( side)? (is |are |has |have |went |has gone )?(missing|gone|disappeared|vanished|black|blank|dark|not there)\b",
    r"\bonly (ate|eaten|eats|eating|read|reads|reading|drew|draws|see|sees|seeing|saw) (the )?(left|right) (half|side)\b",
    r"\b(grey|gray|ashen) and (sweaty|clammy)\b|\b(face|skin|lips)( \w+){0,2} (grey|gray|ashen)\b|\b(he|she|i) (is|looks|went|turned) (grey|gray|ashen)\b",
    r"\b(jerking|shaking|convulsive) (fit|episode|attack)\b",
    r"(cant|cannot|couldnt|unable to) open (one|his|her|my|their|the (left|right)) eye",
    r"(cant|cannot|couldnt|unable to) (close|shut) (one|his|her|my|their|the) ((left|right) )?eye( properly| fully| all the way)?\b",
    r"\b(lost|losing|loses) (his|her|their|my) words\b",
    r"(legs?|knees?)( \w+){0,2} (buckl\w*|gave out|giving out|gives out|keeps? giving out)",
    r"(cant|cannot|couldnt|unable to) (write|hold (a|the|my) pen)",
    r"walk\w* like (hes|he is|shes|she is|im|i am|theyre|they are|i was|he was|she was|someone|somebody) (drunk|is drunk)|(cant|cannot) walk (in a )?straight( line)?",
    r"(forget|forgetting|forgot|lose|losing|lost) (what|the thread of what) (i|he|she|they) (was|were|am|is) (saying|going to say)",
    r"(curtain|shadow|veil|shade|blind)( \w+){0,4} (over|across|covering|in front of) (my|his|her|their|one) (eye|eyes|vision|sight)",
    r"\bnot (responding|answering|reacting)\b|staring blankly|blank stare",
    r"(cant|cannot|couldnt|can barely|can hardly|unable to|struggling to|trouble|difficulty|hard to) "
    r"(speak|talk|get (the |my |his |her |their )?(right )?words out)",
    r"(speech|talking|voice) (sounds|seems) (drunk|strange|weird|odd|wrong)",
    r"(cant|cannot) say (words|things|my words|anything)|(cant|cannot|couldnt) (say|express|explain) what (i|he|she|they) (want|wants|mean|means)|tongue( \w+){0,2} (thick|heavy|numb|too big|swollen|fat)|(cant|cannot|couldnt|unable to|too \w+ to) form (words|sentences)",
    r"talk\w* (strange|strangely|funny|weird|oddly)|words (are )?(mixed|muddled|jumbled)",
    r"(answer\w*|repl\w*|talk\w*|speak\w*)( \w+){0,3} (random|wrong|made up|nonsense) words|\bgibberish\b",
    r"(cant|cannot|couldnt|unable to) read\b|(letters|words|writing)( \w+){0,2} (swim|swimming|jumbled|dont mean|mean nothing)",
    r"(doesnt|does not) (feel like it )?belongs? to me|not (feel )?like my own|belongs? to (someone|somebody) else",
    r"(speech|words) (is |are )?(coming out |turned (to|into) )?(all |like )?(wrong|jumbled|garbled|muddled|mixed up|nonsense|mashed|mangled|scrambled)",
    r"(speech|talking|voice)( \w+){0,2} (is |isnt |is not )?(not right|wrong|strange|weird|off)\b|words come out( as)? (nonsense|wrong|backwards|back to front|jumbled|muddled|garbled)",
    r"(doesnt|does not|didnt|cant|cannot|couldnt) recogni[sz]e (me|us|anyone|anybody|people|her|him|them|my|his|her)",
    r"(bumping|walking|crashing) into (the |a )?((left|right)( hand)?( side)? of (the )?)?(things|stuff|walls?|doors?|door ?frames?|doorways?|furniture|people)",
    r"(i|he|she|they) (sound|sounds|sounded) (drunk|like (im|i am|hes|he is|shes|she is|theyre) drunk)",
    r"(isnt|is not|not|stopped) making (any )?sense|talking nonsense|(cant|cannot) (understand (what (?!(the |this |that |your |my )?(leaflet|article|website|site|info|information|page|paper|study|research|answer|bot|letter|form)\b)(\w+ ){0,3}(say|says|saying|said|am reading|im reading|is written)|(anything|a word|a thing) (we|i|you|they|people|anyone) (say|says|said)|people|anyone)|find (the |my |his |her |their |any )?words)",
    r"(have|has|had|got) no idea (what (day|year|month) it is|where (i|he|she|they) (am|is|are))\b",
    # lost where he always knows his way: "cant remember the score or where the rink is"
    r"\b(cant|cannot|couldnt|doesnt|does not|didnt) (remember|know) (the score|where (the|his|her|my|their|our) (\w+ )?(rink|pitch|ground|field|court|gym|changing rooms?|house|home|school|office|ward|room|kitchen|toilet|bathroom|bedroom|street|road) (is|are))\b",
    r"((cant|cannot) remember|(doesnt|does not|dont|do not|didnt) know) (what day|what year|what month|where (i|he|she|they) (am|is|are)|who)",
    r"\b(cant|cannot|couldnt|unable to) (tell|say) (me |us |you )?(what (day|year|month) it is|where (i|he|she|they|we) (am|is|are))\b",
    r"(had|have|has) no idea (why|how|where|what)( \w+){0,4} (what day|what year|what month|where (i|he|she|they) (was|were|am|is|are))",
    r"repeating (the same|herself|himself|themselves|myself)",
    r"\b(cant|cannot|couldnt|doesnt|does not|dont|do not) (hold on to|hold onto|keep hold of|retain|take in) (the|my|our|an|any) answers?\b",
    r"(no|lost (all )?|loss of) feeling\b|like lead\b|(arms?|legs?) (feel|feels|is|are|went|gone|has gone) (all |so |very )?heavy",
    r"(words|letters|writing|text)( \w+){0,4} (make|makes) no sense",
    r"(words|letters|writing|text|numbers)( \w+){0,6} (gone|went|go|goes|look|looks|are|turned|turning) (all )?(squiggly|wiggly|wavy|wobbly)\b|(cant|cannot|couldnt) make (them|it|anything|the (words|letters|numbers)) out\b",
    r"\beyes( \w+){0,2} (rolling|rolled|roll) (back|up)\b|\b(twitching|jerking|shaking|convulsing) all over\b",
    r"(cant|cannot|couldnt) (work out|figure out|understand|tell|read) what (the )?(numbers|clock|time|digits)( on (the|my) (\w+ )?(clock|watch|phone|screen|oven))?( \w+){0,2} (mean|means|meant|say|says|is)\b",
    r"(words|letters|writing|text)( \w+){0,6} (look|looks|looked|looking) like (a )?(foreign language|gibberish|nonsense|squiggles|hieroglyphics)",
    # absences: "i keep losing chunks of time", "she stood frozen for ages"
    r"(losing|lost|lose|loses) (chunks|bits|blocks|gaps|stretches) of time\b|\b(stood|sat|stands|sits|standing|sitting) (there )?frozen\b",
    r"(cant|cannot|couldnt|can barely|can hardly) keep (him|her|them|me) awake",
    r"(vision|sight)( \w+){0,3} (a |an )?(big |huge |large )?(black|dark|blank|blind) (hole|patch|area|gap)\b"
    r"|(black|dark|blank|blind) (hole|patch|area|gap) (in|across|over) (the middle of )?(my|his|her|their) (vision|sight)",
    r"(asking|asks|ask) where (i|he|she|they) (am|is|are)",
    # "keeps asking what year it is": the date lost, asked again and again
    r"\b(keeps?|kept|keep on) asking (what (day|year|month|date) it is|what happened)\b|\basking what (day|year|month|date) it is( \w+){0,2} (over and over|again and again|repeatedly)\b",
    r"(only )?see (the (left|right) )?half|cant see (out of|on) (one|the left|the right)",
    r"(lost|losing|loss of) (the |my )?(speech|voice|vision|sight)",
    r"(everything|things) (has |have |is |are )?(gone |going |look |looks )?double|seeing double|two of everything",
    r"(doesnt|does not|dont|do not) know where (i|he|she|they) (am|is|are)",
    r"(vision|sight|eyesight)( (in|of) (my|his|her|their|one|the) ((left|right) )?eyes?)? (has |is |has gone |went |is going |gone )?(loss|went|gone|going|blurr?y|blurr?ed|black|dark|blank)",
    # a curtain or shadow drawn down over the sight: "like a curtain coming down"
    r"(curtain|shadow|veil|blind)( \w+){0,2} (coming|came|come|falling|fell|fallen|drawn|pulled|dropping|dropped) down\b",
    r"(cant|cannot|couldnt|can barely|can hardly) see",
    r"(vision|sight)( \w+){0,2} (is |has )?(missing|gone|vanished|disappeared)|part of my (vision|sight)",
    r"\b(vanished|disappeared|gone|missing|blanked out) (from|out of) (my|his|her|their) (view|vision|sight|field of (view|vision))\b",
    r"(went|gone|going|am|im) blind",
    r"\bdouble vision\b",
    r"(everything|things|everyone|everybody|faces|people|words|letters)( \w+){0,4} (has|have|got) (a )?twins?\b",
    r"\bwords( \w+){0,2} (wont|will not|dont|do not|arent|are not) (come|coming) out (right|properly|straight)\b",
    # a keyboard's one side missed: neglect or a field cut
    r"(keep|keeps|kept) (missing|hitting the wrong) (the )?(keys|buttons|letters)\b",
    r"(left|right|one) side( of (my|his|her|their) (body|face))?( \w+){0,5} (cotton wool|wrapped in)\b",
    r"\b(went|fell|dropped|crumpled|keeled|collapsed) (down |over )?(on|onto|to) the (\w+ )?(floor|tiles|ground|pavement|deck)\b|\bhit the (deck|floor)\b",
    r"\bconfus(ed|ion)\b",
    r"\b(keep |keeps |kept )?(forgetting|forgot|forget) where (i|he|she|they) (am|is|are|was|were)\b",
    r"\b(arm|leg|hand|foot|face|side)( \w+){0,2} (has gone|gone|went|going|feels?|felt|is|was) (all )?funny\b",
    r"\bdisoriented\b",
    r"\b(fainted|fainting|faint|passed out|passing out|blacked out|blacking out|collapsed|lost consciousness)\b",
    r"\b(drowsy|(hard|difficult|impossible) to (wake|rouse)|cant wake|wont wake|(can|could) (barely|hardly) wake|unconscious|unresponsive|knocked out)\b",
    r"nodding off|(cant|cannot) stay awake|(cant|cannot) keep (my|his|her) eyes open|hard to rouse",
    r"shaking uncontrollably|(could not|couldnt|cant|cannot) respond|\bslumped\b|"
    r"(wont|will not|doesnt|does not|isnt|is not|cant|cannot|couldnt) (answer|answering|respond|responding)\b",
    r"\bseizure\b",
]

# Stroke signs count even without a headache. Trouble speaking beside one limb gone weak is the
# FAST test even when neither is a sign on its own (each is checked for negation on its own).
_ONE_LIMB = (
    r"((left|right|one) (arm|leg|hand)( \w+){0,3} (limp|dead|floppy|useless|weak|numb|heavy|gave out|gave way|buckled|collapsed|folded|crumpled)|"
    r"(cant|cannot|couldnt|unable to) (raise|lift) (either|both|one|his|her|my|their) ((left|right) )?(arm|leg)s?\b|"
    r"(cant|cannot|couldnt|unable to) (feel|move|use) (my |his |her |their |the )?(left|right|one) (side|arm|leg|hand)\b|"
    r"(his|her|their|my) ((left|right) )?(arm|hand)( is| was)? (hanging|dangling) (off|down|over|by|from|at)\b|"
    r"(his|her|their|my) ((left|right) )?(arm|leg)( \w+){0,2} (wont|will not|doesnt|does not|cant|cannot) (lift|raise|go up)\b|"
    # the hand lets go by itself: "his arm just dropped his mug"
    r"(arm|hand)( \w+){0,2} (dropped|let go of) (his|her|my|their|the) (mug|cup|glass|phone|fork|spoon|pen|drink|plate|knife)\b|"
    r"(his|her|my|their) (arm|hand|leg) (has |had )?(gone|went|is|feels|felt) (all )?(weak|limp|floppy|dead|numb)\b|"
    r"(left|right|one) (arm|leg|hand)( \w+){0,3} (went|gone|goes|going|is|feels?|felt) (all )?like (a )?(wet noodle|noodle|jelly|rubber|spaghetti|dead weight)\b|"
    r"(arm|hand|leg)( \w+){0,2} (wont|will not|doesnt|does not) (do what (i|he|she|they) (tell|tells|want|wants)|obey|listen)\b)"
)
# Signs that count only beside one arm gone (the FAST test): a face that feels like someone
# else's, a mumble ("my dad mumbles when he is grumpy" is no emergency on its own).
_BESIDE_ONE_LIMB = (
    r"(face|mouth|lips?|cheek|tongue)( \w+){0,3} (belongs? to (someone|somebody) else|(doesnt|does not) (feel like it )?belongs? to (me|him|her)|"
    r"(is |feels |feel )?not (my|his|her|their) own)|\bmumbl(ing|es|ed)\b|"
    r"(face|mouth|cheek)( \w+){0,2} (feels?|felt|is|went|gone|has gone) (heavy|numb|dead|strange|weird|odd|funny)\b|"
    r"tongue( \w+){0,2} (is |feels |felt )?(too big|too thick|swollen|heavy)( for (my|his|her|their) mouth)?\b"
)
STROKE_SIGNS = [
    r"(face|mouth|smile) (is |was |has |started |keeps )?(\w+ )?drooping",
    r"drooping (face|mouth|smile)",
    r"one side of (his|her|their|my|the) (face|mouth)( \w+){0,2} (fell|fallen|dropped|slipped|slid|collapsed|gave way|down|sagging|sagged|sunk|sunken)\b",
    r"(face|mouth|cheek)( \w+){0,2} (feels?|felt|is|went|gone|has gone) (heavy|dead|weak) on (one side|that side|the same side|the (left|right)( side)?)\b",
    r"(face|mouth|lips?)( \w+){0,2} (wont|will not|doesnt|does not|isnt|is not) (move|moving)\b",
    r"(mini|minor|small|little|mild) stroke\b",
    r"\bone (arm|leg|hand)( \w+){0,2} (limp|dead|floppy|useless)\b",
    r"(went|gone|going|fell) (silent|mute|quiet) (mid|in the middle of)( \w+)? (conversation|sentence|talking)",
    r"(dribbl|drool)\w* (from |out of |out )?(one side|the (left|right) side|the corner|the side)",
    r"(face|mouth|smile|cheek)( \w+){0,3} (lopsided|crooked|uneven|twisted|dropped|fallen|wonky|skew ?whiff|askew|slack|slipped|slid|pulled down|(pulling|pulled|pulls|drawn|dragging|dragged) (over |down )?to one side)\b",
    r"(arm|hand)( \w+){0,2} (drifted|drifts|drifting|sank|sinks|dropped|drops) (down )?(when|while|as) (\w+ ){0,2}(held|holding|hold|raised|raising|lifted|lifting)",
    r"(mouth|lip|eyelid|face|cheek)( \w+){0,3} (hanging|hangs|dropped|slipped)",
    r"\b(looks?|looked|looking|gone|went) (all )?lopsided\b",
    # arm drift: raised together, one arm sinks
    r"\b(left|right) (one|arm)( \w+){0,2} (keeps |kept )?(falling|sinking|drifting|sagging)\b(?! asleep)",
    r"(speech|words|talking)( \w+){0,4} (slushy|mushy|mush)\b",
    # "his right hand just stopped working", "her left arm flops when she lifts it"
    r"\b(left|right|one) (arm|hand|leg|foot)( \w+){0,2} (stopped|stops|quit) (working|moving|responding)\b",
    r"\b(left|right|one) (arm|hand|leg)( \w+){0,2} (flops|flopped|flopping|goes limp|went limp|falls limp)\b",
    r"\b(his|her|their|my) (arm|hand|leg)( \w+){0,2} (flops|flopping|goes limp|falls limp) (when|if|as) (\w+ ){0,2}(tries|try|trying|lifts?|lifting|raises?|raising)\b",
    r"(cant|cannot|couldnt|unable to) smile (with|on) (the (left|right)|one) side",
    # a hand that will not type or write, and a face gone wrong: FAST without the word "stroke"
    r"(cant|cannot|couldnt|unable to) (type|write|grip|hold)( \w+){0,3} (left|right) (hand|arm).*\b(face|smile|mouth) (looks?|looked|seems?|is|went|gone|has gone) (odd|strange|weird|wrong|funny|different|droopy)",
    # an arm that will not lift and a face that looks wrong: FAST, without the word "stroke"
    r"(cant|cannot|couldnt|unable to) (lift|raise|move) (his|her|my|their|one) ((left|right) )?(arm|leg).*\b(face|smile|mouth) (looks?|looked|seems?|is|went|gone|has gone) (odd|strange|weird|wrong|funny|different)",
    r"(face|smile|mouth) (looks?|looked|seems?|is|went|gone|has gone) (odd|strange|weird|wrong|funny|different).*\b(cant|cannot|couldnt|unable to) (lift|raise|move) (his|her|my|their|one) ((left|right) )?(arm|leg)",
    r"(speech|words|talking)( \w+){0,3} (garbled|jumbled)",
    r"(cant|cannot|couldnt) smile (properly|right|on one side|evenly)|(words|speech|voice) (are |is |sound |sounds )?(thick|heavy)\b",
    r"\bslurred (speech|words|talking)\b|\bspeech is slurred\b|\bslurred\b",
    r"(one side|left side|right side|half)( of)? ((my|his|her|their) (body|face)|him|her|me|them)( \w+){0,3} "
    r"(weak|numb|heavy|drooping|paralys\w*|cant move|wont move|doesnt move|isnt moving|wont work|doesnt work|isnt working|stopped working|frozen|dead|limp)",
    r"(weak\w*|numb|paralys\w*) (on )?(one|the left|the right|left|right) side",
    r"(one|left|right) side( of (my|his|her|their) (body|face))? (is |has gone |went |gone |feels |is all )?(numb|weak|dead|limp|floppy|useless|paralys\w*|paralyz\w*)",
    r"suddenly (i |he |she |they )?(weak\w*|numb|(cant|cannot) (speak|talk|move))|\b(weak|numb) suddenly\b",
    # words heard but not understood, all at once (not a hard handwriting)
    r"suddenly (i |he |she |they )?(cant|cannot|couldnt) (understand|follow|make sense of) (what|anything|a word|words)( \w+){0,3} (saying|say|said|says|telling)\b",
    r"(is|are) (my|your|he|she|they) (\w+ )?having a stroke",
    r"(cant|cannot|couldnt|unable to) (move|feel|use) (anything |a thing )?((down|on) )?(one|the left|the right|(my|his|her|their) (left|right)) side",
    r"(having|have|had|its|is it|is this) (a )?stroke (right )?now",
    r"(im|i am|hes|he is|shes|she is|theyre|my \w+ is|i think im|i think hes|i think shes) (having|having a) ?(a )?stroke",
    r"(signs|symptoms) of (a )?stroke",
    r"\b(sure|think|convinced|certain|worried|scared|afraid|know)( that)? (this is|its|it is) (a |definitely a |probably a )?stroke\b(?! of)",
    # the side said after the limbs: "my arm and leg on the left went numb"
    r"\b(arm|leg|hand|face)( and (my |his |her |their )?(arm|leg|hand|face))? on the (left|right)( side)?( \w+){0,2} (went |gone |has gone |is |are |feels? |felt )?(numb|weak|limp|dead|heavy|useless|floppy)\b",
]

# Shaking that is laughter, cold or a feeling, not a fit.
_NOT_FROM_FEELING = r"(?! (with|from) (laughter|laughing|giggles|cold|rage|fear|nerves|excitement)\b)"
# A collapse with a fit, with or without a headache: "collapsed during practice and is shaking all
# over on the floor" (not shaking with laughter or with cold).
SEIZURE = [
    rf"\b(collapsed|keeled over|crumpled|fell (down|over)|went down|dropped)( \w+){{0,8}} (shaking|jerking|twitching|convulsing|thrashing|fitting)( \w+){{0,2}} (all over|on the (floor|ground|pavement)|uncontrollably)\b{_NOT_FROM_FEELING}",
    # stiff, then jerking: "went rigid and started jerking all over"
    rf"\b(went|gone|goes|going) (stiff|rigid)( \w+){{0,6}} (jerking|seizure|seizing|fitting|thrashing|(shaking|twitching) all over)\b{_NOT_FROM_FEELING}",
]

FEVER_STIFF_NECK = [
    r"fever\b.*\bstiffneck",
    r"stiffneck\b.*\bfever",
    # the glass test for meningitis: a rash that does not fade when a glass is pressed on it
    r"(rash|spots|blotches|marks)( \w+){0,4} (dont|do not|doesnt|does not|wont|will not) (fade|go|go away|disappear|go pale|blanch)( \w+){0,5} (glass|tumbler|pressed|press|roll|rolled)",
    r"bulging (soft spot|fontanel\w*)|(soft spot|fontanel\w*|soft (bit|part) (on|of|at|in) (the )?(top of )?(the |my |his |her |their |our |a )?(\w+ )?(head|skull))( \w+){0,3} (is |are )?(bulging|swollen|raised|puffed up|puffy|domed)|(swollen|bulg\w*|raised|puffed)( up)? where the (gap|soft spot|soft bit) is\b",
    r"(fever|floppy|hot)( \w+){0,8} (high pitched (cry|crying|scream\w*)|(cry\w*|scream\w*) high pitched)",
    r"(fever|floppy)( \w+){0,10} (purple|dark red|blotchy|pinprick|non blanching) (rash|spots|blotches|dots|specks)",
    r"(purple|dark red|blotchy|pinprick|non blanching) (rash|spots|blotches|dots|specks)( \w+){0,10} (fever|floppy)",
    r"(rash|spots|blotches|dots|marks|specks)( \w+){0,4} (stay|stays|remain|remains|still there|still show)( \w+){0,4} (press|pressed|roll|rolled)( \w+){0,3} glass",
]

HEAD_INJURY = [
    r"(hit|hitting|bumped|bumping|banged|banging|knocked|smashed|smacked|whacked|thumped|clonked|walloped|struck|injured|hurt|cracked) (my |his |her |the back of my |the back of his |the back of her )?head",
    r"(took|got|had|taken|caught) (a|an)( \w+){0,2} (\w*ball|bat|punch|kick|knock|blow|elbow|knee|hit|stone|rock|stick|hurley) (to|on|in) the (head|temple|face|skull|forehead)",
    r"(hit|struck|knocked|whacked|kicked|punched|elbowed|kneed|smacked|caught|clipped|clocked|clouted|belted|thwacked|cracked|bashed|smashed|thumped|walloped|bonked|conked|slammed) (\w+ ){0,3}(in|on|over|across) the ((side|back|top) of the )?(head|temple|skull|forehead)\b",
    # whatever it was: "took a pole to the head", "caught a spanner to the temple"
    r"\b(took|taken|got|caught) (a|an)( \w+){0,2} to the ((side|back|top|front) of the )?(head|temple|skull|forehead)\b(?! of)",
    r"(fell|fallen|falling|tripped|slipped|came|thrown|flew|knocked) (down|off|over|from)|\b(rolled|tumbled|toppled) (off|down|from)\b|\b(had|took) a (bad )?fall\b|\b(the|that|this) fall\b",
    r"(fell|dropped|landed|came down|crashed|toppled) (on|onto) (my|his|her|their|the|\w+s) (\w+ )?(head|skull|helmet|hard hat|hardhat)\b",
    # the helmet or the hard hat took the blow: "a swinging chain whacked my helmet"
    r"\b((hit|hitting|whacked|smacked|struck|bashed|banged|clipped|dented|cracked|split|thumped|clonked|walloped) (\w+ ){0,2}|(bounced|glanced|ricocheted) off )(my|his|her|their) (helmet|hard hat|hardhat|crash helmet|bike helmet)\b"
    r"|\b(my|his|her|their) (helmet|hard hat|hardhat|crash helmet|bike helmet)( \w+){0,2} (is |was |got |has |had |has been )?(cracked|split|smashed|dented|broken|shattered|caved in|in (two|pieces|bits))\b",
    r"\b(went|flew|came|thrown|catapulted|pitched|launched) (straight )?over the (handlebars|handle bars|bars|bonnet|hood|horses head)\b",
    r"\b(swung|slammed|snapped|banged|crashed|came) (shut |down |closed )?(on|onto) (my|his|her|their) (\w+ )?(head|skull)\b",
    # "a container chain swung into my head" (not "a thought came into my head")
    r"\b(swung|swinging|swings|slammed|slamming|crashed|crashing|smashed|smashing) (\w+ ){0,2}into (my|his|her|their) (\w+ )?(head|skull|temple|forehead)\b",
    # "a box dropped from the top shelf onto my head"
    r"(fell|dropped|landed|came down|crashed|toppled)( \w+){1,8} (on|onto) (my|his|her|their) (\w+ )?(head|skull|helmet|hard hat|hardhat)\b",
    r"\b(tackle|tackled|collision|clash)( \w+){0,6} out cold\b|\bout cold( \w+){0,6} (tackle|tackled|collision|clash)\b|\bclash(ed)? (of )?heads\b",
    r"(fell|fall|fallen|slipped|rolled|tumbled|toppled) (\w+ ){0,4}(on|onto|and hit) (my |his |her |their |the )?head",
    r"knocked (out|unconscious)|\b(tackle|punch|hit|blow|kick|collision|knock|headbutt|ball|elbow|knee|fist)( \w+){0,3} knocked (me|him|her|them|us) (out|unconscious|senseless|cold)\b|\bheadbutt\w*|\bhead(ed|ing|s)? (the|a) ball\b",
    r"head (injury|trauma|wound|knock|bump|bang)|(knock|bang|blow) (to|on) the head",
    r"\bconcuss\w*",
    r"(car|road|traffic|bike|cycling|sports|motorcycle) (accident|crash|collision)",
    r"blow to (the|my|his|her) head|\bbash\w* (my|his|her|their) head",
    r"hit (by|with) (a|the) (\w+ )?(ball|bat|stick|club|stone|rock|brick)",
    # "hit by a falling bonnet": whatever falls or swings, it is what strikes
    r"\b(hit|struck|knocked|smacked|clobbered|flattened) (\w+ ){0,2}by (a|the|some) (falling|swinging|flying)\b",
    r"\bwhiplash\b",
    # "walked into a low beam really hard": the head is what meets a beam or a door frame
    r"(walked|ran|crashed|smashed|bumped|banged|stood up) (\w+ ){0,2}(into|under|against) (a|the) (\w+ ){0,2}(beam|door ?frame|cupboard door|lamp ?post|low ceiling|girder)\b",
    r"(walked|ran|crashed|smashed|bumped|fell|dived|dove|went|landed|landing|lands|threw|thrown|flung|hurled|slammed|knocked|pitched|hit|hits|struck|smacked|ploughed) (\w+ ){0,6}head first\b|\bhead first (into|onto|against)\b",
    # something heavy brought down on the head: "he pulled the tv onto his head"
    r"\b(pulled|knocked|dropped|tipped|brought) (\w+ ){0,3}(onto|on|down on) (my|his|her|their) (own )?head\b",
    r"\b(cut|gash|bump|lump|wound|split) (on|to|in) (my|his|her|their|the) (head|forehead|scalp)\b",
]

# Anticoagulants, by name: a head injury on one of them needs a scan even when all seems well
# (an antiplatelet such as aspirin alone does not: the lookup table in data/nlu/medications.yml,
# which lists every bleeding-risk medicine, is for the FAQ answer, not for this).
_ANTICOAGULANTS = (
    r"(warfarin|coumadin|jantoven|heparin|apixaban|eliquis|rivaroxaban|xarelto|dabigatran|pradaxa|"
    r"edoxaban|savaysa|lixiana|enoxaparin|clexane|lovenox|dalteparin|fragmin|tinzaparin|innohep|"
    r"fondaparinux|arixtra|acenocoumarol|sinthrome|phenindione)"
)
# After a head injury these count as much as a headache (a child may not say "headache").
INJURY_SIGNS = [
    r"\b(vomit\w*|throwing up|thrown up|threw up|throws up|being sick|puk(e|ed|es|ing)|spew\w*|barf\w*|(keeps?|kept|keep on) (asking|repeating)|drowsy|sleepy|knocked out|unconscious|blacked out|"
    rf"passed out|out cold|confus\w*|seizure|wont stop crying|nodding off|dozing off|(keeps?|kept) falling asleep|(cant|cannot) stay awake|(wont|will not|cant|cannot) wake|(too \w+ to|cant|cannot|wont|will not) (rouse|be roused)|limp|floppy|(hard|difficult) to wake|sick|blurr\w*|seeing double|double vision|(see|seeing|sees|saw) two of (every\w*|each \w+|things|them|you|him|her)|blood thinners?|anticoagulants?|{_ANTICOAGULANTS}|now it hurts|"
    r"((clear|watery) (stuff|water)|(clear |watery )?(fluid|liquid))( \w+){0,2} (from|out of) (my|his|her|their) (nose|ears?)|(blood|bleeding) (\w+ )?(from|out of) (my|his|her|their|one|an) ears?|(cant|cannot) think (straight|clearly)|dazed|acting (strange|strangely|odd|oddly|weird)|gibberish|slurred|talking (nonsense|funny|strange\w*|rubbish)|not making (any )?sense|muddled|groggy|woozy|befuddled|"
    r"(cant|cannot|doesnt|does not|dont|do not) remember (the last|what happened|anything|how|the accident|the fall|hitting|the (shift|game|match|journey|drive|ride|race|morning|afternoon))|"
    r"(was|were) out (for a (bit|minute|moment|second|few (seconds|minutes|secs|mins)))|(forgetting|forgets|forgot) (what day|what year|what month|where (i|he|she|they) (am|is|are|was|were))|"
    r"one pupil( is| looks)? (bigger|larger|smaller|wider|huge)|pupils? (are |is |look |looks )?(different|unequal|uneven|odd) sizes?)\b",
    # speech or sight gone wrong after the blow: "my speech is coming out wrong"
    _SPEECH,
    _VISION_DIMMING,
    r"\b(cant|cannot|couldnt) see (properly|straight|clearly|out of)\b",
    # arms or legs gone weak or tingly after the blow: the neck may be hurt as well
    r"\b(arms?|legs?|hands?|feet|fingers)( \w+){0,2} (feel |feels |felt |are |is |went |gone |have gone |has gone )?(all )?(tingly|tingling|weak|numb|dead|floppy)\b",
]

# "whats the point of carrying on with needling" asks about the treatment, not about living.
_NOT_WITH_TREATMENT = (
    r"(?! with (the |my |this |these )?(needling|dry needling|sessions?|treatments?|physio|appointments?|course|it)\b)"
)
# medicines visitors name when they say they took all of them, saved them up or took a whole box
_MEDICINES = r"(amitriptyline|nortriptyline|sumatriptan|rizatriptan|zolmitriptan|triptans|paracetamol|ibuprofen|naproxen|aspirin|codeine|co codamol|tramadol|propranolol|topiramate|pregabalin|gabapentin|sertraline|citalopram|fluoxetine|antidepressants|diazepam|sleeping pills|insulin|painkillers|morphine|oxycodone|codeine phosphate|fentanyl|methadone|zopiclone|medication|medicine)"
# "stockpiled", "stashing", "hoarded": pills put by
_STOCKPILED = r"(stockpil|stash|hoard)\w*"
# a time soon: "after sunday", "beyond tonight"
_SOON = r"(tonight|today|tomorrow|this (weekend|week|month|evening)|the weekend|monday|tuesday|wednesday|thursday|friday|saturday|sunday)"
# Nothing after it gives a harmless purpose, place or time: "tomorrow it all stops" and "...
# stops, nobody will care" but not "tomorrow it all stops for the holidays" (a clause's end
# passes too).
_UNQUALIFIED = r"(?! (for|to|on|in|at|with|when|while|after|before|until|till|because|from|by|the|my|our|this|next|abroad|away|home|back|out|overseas|off|travelling|into)\b)"
# where a ligature is hung from (the two ligature rules below share it)
_HANGING_POINT = r"(branch|beam|banister|bannister|hook|rafter|tree|railing|loft hatch|stair ?rail)"
SELF_HARM = [
    r"\bsuicide\b",
    # Spanish: "me quiero morir", "quiero matarme"
    r"\bquiero (morir\w*|matarme)\b|\bme quiero (morir|matar)\b",
    r"\bstop being (alive|here|around)\b",
    # exhaust fumes in a closed garage
    r"garage( \w+){0,6} (engine|motor) (running|on)\b|(engine|motor) (running|on)( \w+){0,6} garage\b",
    r"\b(sitting|sat|waiting|locked) in (the|my) car( \w+){0,4} hose\b|\bhose ?pipe( \w+){0,4} (exhaust|window)\b|\bexhaust( \w+){0,4} hose\b",
    r"kill(ing)? (my ?self|him ?self|her ?self|them ?selves|themselves)",
    r"(end|take|taking|ending) (my|his|her|their)( own)? li(fe|ves)",
    r"end(ing)? it all|end(ing)? (things|everything)\b",
    r"\bcutting again\b|\bbeen cutting\b(?! (my |his |her |the |their |our )?(own )?(hair|fringe|nails|toenails|grass|lawn|hedges?|wood|logs|fabric|paper|coupons|back|down|out|carbs|sugar|costs|corners|vegetables|onions|class|school))",
    r"(hang|drown|shoot|poison|stab|strangle) (my ?self|him ?self|her ?self|them ?selves)",
    r"stop existing|\b(i|me|myself)( \w+){0,2} (not|no longer) (want to )?exist\b|cease to exist|\b(wish|want) (i|to) (didnt|did not|not|no longer) exist\b",
    r"(razor|blade|knife|knives)( \w+){0,8} (my ?self|my (arms?|wrists?|skin))\b(?! (aches?|aching|hurts?|hurting|is (sore|stiff|tired|aching)|pains?))",
    r"(press|push|drag|dig|run)\w* (a|the|my) (razor|blade|knife)( \w+){0,2} (into|across|along) my (legs?|thighs?|stomach|belly|arms?)\b",
    # pills gathered for later: "collecting my tablets in a drawer for when i finally decide to go"
    r"(collect|sav|keep|kept|hid|hiding|stor|gather|squirrel)\w*( up)? (my |the |all my |some |a lot of )?(pills|tablets|meds|painkillers)( \w+){0,6} (for|until) (when|the day|the night) (i|im) (finally )?(decide|choose|am ready|ready|have had enough|had enough|cant take)\b",
    r"\b(i|im)( \w+){0,2} (leave|leaving|left|depart|departing) (this|the) (world|earth)\b(?! of)",
    r"(how high|how tall|the height of) (the|a|that) (bridge|building|cliff|tower|multistorey|car park)( \w+){0,10} (going to|gonna|will|to) (do it|jump)\b",
    r"(want|wants|wanted|wanna|wish) to stop breathing\b|\bstop breathing( \w+){0,3} (and )?(never|forever|for good)\b",
    r"(plan|planning|going|want|about) to overdose",
    r"(nobody|no one) would (even |really |ever )?(care|notice|miss me)",
    r"(take|taking|swallow|swallowing) all (my|the|of my|of the)( \w+){0,2} (pills|tablets|meds)|(took|taken|swallowed) all (my|his|her|their|the|of my|of her|of his)( \w+){0,2} (pills|tablets|meds)",
    r"(jump|jumping|walk|walking|step|stepping|throw myself|throwing myself) (off|from|in front of) (a|the)( \w+){0,2} (bridge|building|roof|train|cliff|tower|balcony)",
    # a step off a boat into the sea, tonight or unseen: "i could step off the stern tonight"
    rf"\b(step|stepping|jump|jumping|slip|slipping|go|going) (off|over) (the|a) (stern|side of the (boat|ship|ferry)|(ships |boats |ferry )?rail|railing|guard ?rail)( \w+){{0,3}} ({_SOON}|and (nobody|no one) (would|will) (ever )?(know|notice|care))\b",
    r"(on|at) (a|the) (bridge|roof|ledge|cliff|edge)( \w+){0,8} jump\b",
    r"(bridge|roof|rooftop|ridge|ledge|cliff|edge|parapet)( \w+){0,8} (thinking|thought|thoughts) (about|of) (jumping|letting go|falling|stepping off|going over)\b(?! of\b)",
    r"goodbye (letters?|notes?|messages?|texts?|emails?|videos?)\b(?!( \w+){0,8} (retir\w*|leaving (do|party|card)|last day|new job|moving (house|away|abroad|to)|emigrat\w*))|suicide notes?|(written|wrote|writing) (a |my )?(farewell|last) (letters?|notes?)",
    r"(pills|tablets)( \w+){0,4} (to die|to kill (me|my ?self)|to end it)\b",
    # "not worth living", but not "migraines are not worth living with"
    r"life (is not|isnt) worth living|(not|isnt) worth living\b(?! with)|enough of (living|life)\b(?! with)",
    r"(dont|do not) want to be (here|alive|around) any ?more",
    # pills kept back for an overdose (not packed for a trip)
    rf"{_STOCKPILED}( \w+){{0,2}} (pills|tablets|meds|painkillers)(?!( \w+){{0,4}} for (the|my|our|a) (trip|holiday|holidays|journey|flight|travels?|festival))|(saved up|saving) (up )?(my |the |all my |some )?(pills|tablets|meds|{_MEDICINES})\b(?! (coupons|vouchers|points|money|receipts|budget))|(pills|tablets) (saved|stockpiled|stashed)",
    r"(took|taken|take|taking) too many( \w+){0,3} (pills|tablets|meds)",
    r"want (it all|everything|my life) to (stop|end|be over)",
    r"better off without me",
    r"how many (of (my|the|these|those) )?(pills|tablets|paracetamol|painkillers)( \w+){0,4} (it would take|would it take|to die|to kill|is lethal|is fatal|to overdose)",
    r"(throw|throwing|threw) (my ?self|him ?self|her ?self) (off|under|in front of)|(step|walk|jump)\w* in front of (a|the) (bus|train|car|lorry|truck)",
    r"(picturing|imagining|planning|thinking about) my (own )?funeral",
    r"everything (is|feels|seems) (so )?(pointless|meaningless)",
    r"(looking up|looked up|searching|searched|googl\w*|research\w*|reading about) (ways|how) to (die|kill|end)",
    r"(happier|better off|easier|better)( \w+){0,4} if i (just )?(was|were|wasnt|werent|disappeared|died|vanished)\b",
    r"(scratch|cut|burn|hit|punch|bit|bang)\w* (my ?self|my (arms?|legs?|wrists?|skin|thighs?))( \w+){0,3} (until|till|til|to) (they |it |i )?(bleed|bled|bleeds|bruise|cope)",
    r"enough (pills|tablets|meds)( \w+){0,3} to (overdose|die|end)",
    r"life( \w+){0,2} (pointless|meaningless)",
    r"(driv|drove|crash|steer|swerv)\w*( \w+){0,3}( (car|myself))? (into|off) (a|the)( \w+)? (wall|tree|bridge|river|cliff|lorry|truck|sea|lake)\b",
    # a deadly place beside a road, a car park or a wall, which the lookahead leaves out ("the
    # quarry road", "the harbour wall"; the cliff road above is off the cliff)
    r"(driv|drove|crash|steer|swerv|ride|riding|rode)\w*( \w+){0,3} (into|off) (a|the)( \w+)? (quarry|canal|reservoir|ravine|gorge|dock|harbour|harbor|oncoming traffic|pylon|bridge support)\b(?! (car ?park|parking|road|lane|side|front|office|entrance|gate|cafe|shop|hotel|station|services|village|wall))",
    # a whole box with nothing named, or of a medicine; not "a whole box of tissues"
    r"(took|taken|swallowed|downed) (a |the )?(whole |full |entire |half (a |the )?|most of (a |the |my )?)(box|bottle|packet|pack|strip|tub)\b"
    rf"(?! of (?!(my |his |her |their |the )?(\w+ )?(pills|tablets|meds|capsules|{_MEDICINES})\b))",
    r"(pills|tablets) (\w+ )?(counted|lined|laid) (out|up)|(counted|lined|laid) (out|up) (my |the |all )?(pills|tablets)",
    r"(standing|sitting|waiting|lying|walking|stood|sat|lay) (by|on|near|onto|along) the (railway line|railway tracks?|train tracks?)\b|(cant|cannot) (think of|find|see) (a|any|one) reason not to\b",
    r"\bnothing matters any ?more\b|(said|saying|say) my (final|last) goodbyes|(said|saying|say|says) (all )?my goodbyes( \w+)? to (everyone|everybody|the world|my (family|kids|children|friends|loved ones))\b|made my peace\b",
    r"(wish|wishing|hope|hoping|pray|praying)( \w+){0,3} (would|could) (hit|kill|run over) me\b",
    r"(been|keeps?|started|is|was|keep) (burning|scratching|hitting|punching|starving) (my|him|her|them)sel(f|ves)",
    r"way out is (to die|death|dying|to end it|suicide)|(nothing|no one|nobody) (left )?to live for\b",
    r"(cant|cannot|dont|do not) see (a|any) future( for (my ?self|me))?\b(?! for)|\bi (just )?want out\b(?! of)",
    r"(want|going|gonna|plan|planning|plans|about|ready|decided) to end it\b|(thinking|thought|thoughts) (of|about) ending it\b",
    rf"\b(im|i am|i will|ill)( going to| gonna| about to)? make (it|this|everything|it all) (all )?stop (for good|forever|permanently)\b{_NOT_WITH_TREATMENT}",
    r"(way|ways|method|methods) to (die|end my life|kill my ?self|not be (here|alive|around)|disappear)\b",
    r"(sleep|go to sleep|fall asleep) (forever|for ever|for good|and never wake|and not (be woken|wake)( up)? (ever again|again|any ?more))",
    r"(planning|planned|worked out|working out|figuring out) how (i would|i will|ill|i could|i am going to|im going to) (do it|end it|go through with it)\b",
    r"(thought|thinking|think|thoughts) (about|of) (stepping|jumping|throwing myself|falling) (off|in front|under|(in|into|down) (the|an|a) (empty |open |dark |deep )?(lift |elevator |mine )?(shaft|quarry|ravine|gorge|canyon))\b",
    r"(picture|picturing|pictured|imagine|imagining|imagined) (my ?self )?(stepping|jumping|throwing my ?self|falling) (off|in front of|under|from) (the|a) (edge|platform|bridge|roof|ledge|cliff|train|tracks|balcony|building)\b",
    r"(platform|tracks?|railway)( \w+){0,8} (step|stepping|jump|jumping|fall|falling|throw\w*)( \w+){0,4} (train|tracks?)\b",
    r"(dont|do not) think (i will|ill|i am going to|im going to|im gonna) (still )?be (here|around|alive)\b(?! (for|on|at|in|when))",
    # a means turned on oneself: "i have a gun and i am thinking of using it on myself"
    r"\b(?<!massage )(?<!glue )(?<!nail )(?<!staple )(?<!water )(?<!heat )(?<!nerf )(gun|knife|blade|razor|rope|weapon|pistol|rifle|shotgun|firearm)( \w+){0,14} (on|against) (my ?self|him ?self|her ?self)\b",
    r"\b(ready|going|time|want|about) to meet (god|my maker|jesus|my god)\b",
    # medicine kept back, then all of it at once, whatever its name
    rf"\b{_STOCKPILED}( \w+){{0,6}} (take|taking|swallow\w*|down\w*|neck\w*) (the lot|them all|all of (it|them)|everything)\b",
    rf"\b(collect|gather|squirrel|sav(ed|ing)|hid|hiding|keep\w* back|kept back|put\w* by)\w*( up)? (my |the |all my |some |his |her )?(\w+ ){{0,2}}(pills|tablets|meds|{_MEDICINES})( \w+){{0,8}} (take|taking|swallow\w*|down\w*|neck\w*|having|have) (the lot|them all|it all|all of (it|them))\b",
    r"\b(going to|gonna|about to|want to|will|ill|plan to|planning to) jump (off|from) (the|a|my) (\w+ )?(bridge|roof|multistorey|multi storey|car park|building|cliff|balcony|tower|ledge|window)\b",
    r"\b(dont|do not|cant|cannot) see the point any ?more\b",
    # belongings given away, a lethal dose looked up, a fast train waited for, a car left running
    # in a shut garage, cutting again until the blood soaks through
    r"\b(given|gave|giving|give) (away )?all (of )?(my|his|her) (things|stuff|belongings|possessions)\b",
    r"\b(given|gave|giving|give|rehom\w*|handed|handing) (away )?(my|his|her|our) (dog|cat|pets?|puppy|kitten|rabbit|bird|parrot|horse|things|stuff)( \w+){0,8} (because|cos|coz|as|since|so) (i|he|she) (wont|will not|wouldnt|will no longer|cant|cannot) be (around|here|alive)\b",
    r"\b(letters?|notes?|goodbyes?|without me)( \w+){0,8} (going|heading|walking|off|driving) (down |out )?to the (railway|railway line|train tracks|tracks|bridge|cliff|cliffs|river|reservoir|quarry|canal|lake|loch|viaduct|multistorey|multi storey|car park|roof)\b",
    # a note left, then a lead or a rope taken somewhere lonely
    r"\b(left|leaving|written|wrote|writing) (a|my) (letter|note)( \w+){0,12} (took|taking|take|grabbed|grabbing) (a |the |my )?(dog )?(rope|lead|belt|cord|cable|hose ?pipe)( \w+){0,3} (to|into|out to|down to) the (woods|wood|forest|garage|loft|attic|shed|barn|trees)\b",
    # things given away "because i am going", going nowhere named
    rf"\b(giving|given|gave|give) (away )?(my|his|her) (things|stuff|belongings|possessions)( away)?( \w+){{0,10}} (because|cos|coz|as|since) (i|im|i am|he|hes|she|shes) (am |is )?(going|leaving|going away for good)\b{_UNQUALIFIED}",
    # a medicine stockpiled and the amount that would do it known
    rf"\b({_STOCKPILED}|saved up|saving up) (my |the |all my |some )?(pills|tablets|meds|{_MEDICINES})\b( \w+){{0,10}} how (much|many)( of (it|them))?( it)? (would|will|it would|it will|to) (take|do it|be enough)\b",
    r"\b(look\w* up|googl\w*|search\w*|research\w*|read\w* up on|find\w* out|check\w*|work\w* out) how many (\w+ ){0,2}(paracetamol|pills|tablets|painkillers|meds|ibuprofen|aspirin|codeine|co codamol|tramadol|insulin|sumatriptan|triptans|antidepressants)( \w+){0,2} (it (takes|would take|will take)|to (die|kill|end it|be fatal|be deadly|overdose|od)|would (kill|be fatal|be deadly))\b(?! to (work|help|kick in|feel|get|start|ease))",
    r"\bedge of the (platform|tracks|railway line)( \w+){0,10} (fast|express|non stopping|nonstop|freight) train\b",
    r"\b(car|engine)( \w+){0,3} (running|left running|left on)( \w+){0,3} (in|inside) (the|a|my) (closed|shut|locked|sealed)( up)? garage\b",
    r"\b(running|run|started|starting) (the|my|his|her) (car|engine)( \w+){0,2} (in|inside) (the|a|my) garage( \w+){0,3} (door|doors) (is |are )?(shut|closed|locked|down)\b",
    r"(saying|said|say) (my )?goodbyes?( to (people|everyone|everybody|my \w+))?( \w+){0,6} (tonight|today|this) is (the night|the day|it)\b",
    r"\b(vodka|whisky|whiskey|wine|alcohol|booze|gin|rum)( \w+){0,4} (and|with|plus) all (of )?(my|the|his|her) (\w+ )?(tablets|pills|meds|painkillers|medication)\b",
    # a medicine and drink set out together: "ive set out my antidepressants and the vodka"
    rf"\b(set|setting|laid|laying|lined|lining|put|putting|got|getting) (out|up|ready)( all)? (my|the|his|her) (\w+ )?(pills|tablets|meds|{_MEDICINES})( \w+){{0,2}} (and|with|plus|beside|next to) (the |a |my |some |a bottle of |the bottle of )?(vodka|whisky|whiskey|wine|alcohol|booze|gin|rum|brandy)\b",
    # a ligature round the neck now (not a scarf, a tie or a lanyard's cord)
    r"\b(i have|ive got|ive put|ive tied|i put|i tied|im putting|im tying|hes got|shes got|he has|she has) (the |a |my |his |her )(belt|rope|cable|flex|ligature|washing line|dressing gown (cord|belt))( \w+){0,2} (round|around) (my|his|her) neck\b",
    # walking into traffic, said as a plan (not the services, the bridge or a traffic jam)
    r"\b(going to|gonna|will|ill|want to|wanna|plan to|planning to|about to|(thinking|thought) (of|about)) (just )?(walk|walking|step|stepping|run|running|lie|lying|wander|wandering) (\w+ ){0,2}(onto|into|in front of) (the |some )?(motorway|oncoming traffic|traffic|freeway|highway|dual carriageway|busy road)\b(?! (bridge|services|verge|hard shoulder|footbridge|sign|lights?|cones?|wardens?|jam|report|news|updates?))",
    # dying as the purpose: "stopped taking my insulin so i can die" (not "so i can die happy")
    r"\bso (that )?(i|id) (can|could|will|would|might) (just )?(die|fade away|waste away|slip away|be gone for good)\b(?! (happy|happily|laughing|of|a (happy|rich|old)))",
    r"\b(going to|gonna|will|ill|want to|plan to|planning to) (crash|wreck|drive|steer|roll) (\w+ ){0,4}on purpose\b",
    r"\bdid it again\b( \w+){0,4} (razor|blade|knife)\b|\b(razor|blade|knife)( \w+){0,8} (soaked|drenched) (red|in blood|with blood)\b(?!( \w+){0,2} (wine|juice|sauce|paint|dye|beetroot))",
    r"(take|swallow|taking|swallowing) (them all|all of them|every (one|pill|tablet))",
    r"(down|swallow|neck|take|taking|downing|swallowing|necking) (\w+ ){0,2}the (whole )?lot( of)? (my |the |those |these )?(\w+ )?(pills|tablets|painkillers|meds|medication)\b",
    rf"\buse (of|in) (me )?(still )?(being (here|alive|around)|living)\b|\buse (of|in) (going on|carrying on)\b{_NOT_WITH_TREATMENT}",
    r"(note|letter|message)( \w+){0,8} (i|im|i am|i will|ill) (not going to|not gonna|wont|will not|no longer) be (here|around|alive)\b",
    # a means and the wish to use it, for nothing named: "on the bathroom floor with a blade and i want to use it"
    rf"\b(blade|razor|rope)( \w+){{0,6}} (want|going|about|ready|planning) to use (it|them)( tonight| now| today| on (my ?self|me))?\b{_UNQUALIFIED}",
    # blows to one's own head: "i keep punching my head against the wall so the migraine stops"
    r"\bpunch\w* (my|his|her) (own )?head\b|\b(hit|hitting|bang|banging|smash\w*|slam\w*) (my|his|her) (own )?head( \w+){0,4} (so|to make|until|till|to stop) (the|it|that|my)\b",
    r"(hid|hidden|hiding|stashed|saved|kept|collected|put aside|set aside)( \w+){0,3} (weeks|months|a month|a week|years?)( worth)? of (\w+ )?(pills|tablets|meds|painkillers)\b",
    r"(world|everyone|everybody|family|they)( \w+){0,4} (better|happier|lighter|easier|freer)( off)? without (me|him|her|them)\b",
    r"\bnoose\b|\b(got|have|bought|found|put|hid|hidden|tied|kept) (a|the) rope\b(?!( \w+){0,6} for (the |a |my |our |his |her )?(tree |tyre |tire |rope |garden )?(swing|hammock|tent|boat|climb\w*|tug of war|skipping|washing|load|trailer|roof rack|tow\w*|abseil\w*|sailing|yacht|kayak|canoe|goats?|horses?|pony|dog)\b)",
    r"(hitting|banging|punching|burning|cutting|scratching) (my|myself)( \w+){0,4} on purpose",
    r"(wish|hope|hoping|pray|praying)( \w+){0,4} (die|be dead|dead|not wake|wont wake|dont wake|never wake|(dont|wont|never|do not|will not|not) open my eyes\b(?! (to|with|on) ))",
    rf"point (in|of|to) (living|life|being alive|being here)|point (in|of|to) (going on|carrying on)\b{_NOT_WITH_TREATMENT}",
    r"(hurt|hurting|harm|harming|cut|cutting) (my ?self|him ?self|her ?self|themselves)",
    r"self ?harm",
    # "i dont want to wake up with a migraine tomorrow" wants the migraine gone, not oneself
    r"(dont|do not|no longer) (want|wish) to (live|be alive|wake up\b(?! (with|to) (a|an|another|my|the|this) (migraines?|headaches?|pain|aura)\b))",
    r"(want|wants|wanted|wanna|going|wish) (to|i (was|were|could)) (die|be dead|dead)(?! (laughing|of (embarrassment|shame|boredom|laughter|cringe)))",
    r"\bwanna die\b",
    r"better off (if i (was|were) )?dead",
    r"(rather|prefer to) (be dead|die)\b",
    r"(cant|cannot|can not) (go on|take (it|this)|do this|do life|do this life|live like this) any ?more|(cant|cannot) go on (living|like this)",
    r"no (reason|point) (to|in) (live|living|going on)|(dont|do not|cant|cannot) see (any |the )?(reason|point) (to|in|of) (keep )?(live|living|going on|being alive|waking up|carrying on|being here)",
    r"(overdos\w*|od) on (my |the )?(\w+ ){0,2}(pills|meds|medication|tablets)|(thinking|thought|think) (about|of) overdos\w*",
    r"\boverdosed\b|(took|taken|take|taking|going to take) an overdose",
    r"(wish|want)( \w+){0,8} (not|never) (have to |to |need to )?wake up\b(?! (with|to) (a|an|another|my) )|(disappear|vanish)\w*( \w+){0,2} (forever|for ever|for good|and never (come back|return|be found))",
    r"(tonight|today|this) (is|will be) (my|the) last (night|day)|my last (night|day) (on earth|alive)",
    r"(sitting|standing|stood|sat) on (the (edge|ledge|railing) of )?(a|the) (\w+ )?(bridge|roof|ledge|cliff|railing|parapet)\b(?!( \w+){0,4} (taking (photos|pictures|a photo|a picture|selfies?)|watching|looking at|admiring|fishing|painting|waving))|(edge|ledge) of (a|the) (bridge|roof|cliff|building)",
    rf"(saying|said|say|says) goodbye to (everyone|everybody|the world|all of us)|(giving|gave|given) away( \w+){{0,4}} (my|his|her|their) (things|stuff|belongings|possessions)\b|(wont|will not) need (anything|any of (it|this|them)|my (things|stuff|belongings)) (any ?more )?(after|beyond) {_SOON}\b",
    rf"\b(after|from|beyond) {_SOON}( \w+){{0,2}} (nobody|no one) (has|have|will have|needs|will need|will) (to )?(worry|care|bother|deal)( \w+){{0,2}} (about|with) me\b",
    r"\b(written|wrote|made|finished|sorted) (out )?my will( \w+){0,6} (rehomed|rehoming|given away|gave away|found a (new )?home for|found homes for)\b",
    r"in case (im|i am) (gone|dead|not (here|around) any ?more)\b",
    r"\b(letters?|notes?|cards?|messages?)( \w+){0,10} (after|when|once) (im|i am|ive|i have) (gone|dead|died|passed)\b",
    r"\b(saved|saving|stockpiled|stockpiling|hoarded|hoarding) up (my |all my |enough )?(insulin|pills|tablets|meds|medication|painkillers)\b",
    r"\b(going to|gonna|will|ill|plan to|planning to|about to) (inject|take|swallow|down) (all|the lot|every (one|last one|single one)|the whole (lot|box|pack|packet|bottle))( of)?( (my|the|these|those))?( \w+)?( (insulin|pills|tablets|meds|medication|painkillers|paracetamol|it|them))? (tonight|at once|in one go|together|at the same time)\b",
    r"\b(worked out|picked|chosen|chose|decided on|settled on) (which|what) (bridge|cliff|roof|building|train|tower|car park)\b",
    r"\b(locked|shut|barricaded) (herself|himself|themselves|themself|myself) in( \w+){0,4} with (a|the|some|her|his|my|their) (razor|blade|knife|knives|pills|tablets|rope)\b",
    r"(in case|if) i (dont|do not|wont|will not) make it( through)? (tonight|the night|till morning)",
    r"(done|finished|through) with (life|living|being alive|this life)\b",
    r"(walk|swim|wad)\w*( \w+){0,2} (into|out into|out to) the (sea|ocean|river|lake)( \w+){0,4} (not|never) (coming|come|to come) back",
    # the same for a swim or paddle out with no water named ("paddle out on my board and not come
    # back") and for the water or the waves; with no sea named, a return put off is ruled out
    # ("swimming out to the buoy and not coming back till lunch")
    r"\b((swim\w*|swam|wad\w*|paddl\w*)( \w+){0,2} out|(walk\w*|swim\w*|swam|wad\w*) into the (sea|water|waves|ocean|lake|river|canal|loch|reservoir|quarry|tyne|thames|clyde|mersey|severn|wear|tees|trent|humber|liffey|shannon|tay|forth))( \w+){0,5} (and )?(not|never) (come|coming|came) (back|out)\b(?! (until|till|til|before|for|in|after|to|tomorrow|tonight|today|with|from))",
    # swimming or walking out until the water takes one: "keep going till i go under"
    r"\b(swim\w*|swam|wad\w*|paddl\w*|walk\w*)( \w+){0,8} (till|until|til) (i|he|she) (go under|goes under|sink|sinks|drown|drowns)\b",
    # the water let take one: "picturing letting the sea take me" (not "let the waves take me back to shore")
    r"\b(let|letting|lets)( \w+){0,2} (the )?(sea|water|waves|river|tide|ocean|lake|loch|cold|deep) (take|have|swallow|claim) (me|him|her)\b(?! (to|down|across|along|back|home|out to|where|for|in to|into shore|ashore)\b)",
    r"wish (i had|id|i was|i were|i) never (been )?born",
    r"\bcut (myself )?(deeper|too deep)\b|\b(want|wanna|going|gonna|need|urge|plan|planning) to cut (myself )?(deep|deeper)\b(?! (grooves?|lines?|into|notch\w*|slots?|holes?|channels?|enough))",
    r"\bif i (wasnt|werent|was not|were not) (around|here|alive|in the picture)\b|\bif i (was|were) (gone|dead|not (here|around))\b",
    # "im going to take them", and downed: "all my nans old pills in a pile and im going to down them"
    r"(pills|tablets|meds)( \w+){0,8} (going to|gonna|about to) (take|swallow|down|neck) them\b",
    # a plan with a time: "i am going to make sure i never feel this pain again, tonight"
    r"never (have to )?(feel|face|suffer|wake up to)( \w+){0,3} (again|any ?more)( \w+){0,3} (tonight|today|this (evening|night))\b",
    r"no way out( \w+){0,4} (except|but|other than|apart from) (dying|death|to die|suicide|ending it|killing)",
    # "sorry for everything" with a goodbye, or then a means ("... he has a gun")
    r"sorry for everything( \w+){0,4} (goodbye|bye|love you)\b|\bsorry for everything( \w+){0,14} (gun|shotgun|rifle|pistol|rope|noose|pills|tablets|blade|razor)\b|goodbye( \w+){0,6} (wont|will not|isnt|not|doesnt) (pick up|picking up|answer|answering|reply|replying)\b",
    r"(burn|burning|burnt|burned|cut|cutting|scratch\w*|carv\w*|slash\w*|slic\w*)( \w+){0,3} (my|his|her|their) (arms?|legs?|wrists?|skin|thighs?|hands?|stomach) with (a |my |the |some )?(stanley |craft |utility |box |disposable |safety |sharp |rusty )?(lighter|cigarette|match|knife|razor|blade|iron|scissors|glass|pin|compass|needle)",
    r"(cut|cutting|slash\w*|carv\w*|scratch\w*) (my|his|her|their) wrists?\b",
    r"(have|got|made) a plan( \w+){0,3} (have|got|bought) (the|some|enough) (pills|tablets|meds|rope|gun|knife)",
    r"\blife( \w+){0,4} (isnt|is not|not) worth it\b",
    r"(punch|punching|punched|hit|hitting|bang|banging)( \w+){0,2} (walls?|doors?)( \w+){0,2} (until|till|til) (my )?(knuckles|hands?|fists?)",
    r"(standing|sitting|stood|sat|climbed|climbing|up) (at|on) the top of (a|the) (multistorey|multi storey|car park|building|tower|cliff|block of flats|flats)\b",
    # affairs put in order, then "i am done"
    r"(my will|my (things|stuff|belongings|possessions))( \w+){0,8} (im|i am) (done|ready|finished)\b",
    # affairs put in order and a letter left: "ive sorted my bank details ... left a letter, this is it"
    r"(sorted|sorting|put|putting|got|getting) (out )?(all )?(my )?(bank details|bank|affairs|finances|passwords|accounts|paperwork)( in order)?( \w+){0,10} (left|leaving|written|wrote|writing) (a|my) (letter|note)\b",
    r"(left|leaving|written|wrote) (a|my) (letter|note)( \w+){0,6} this is it\b",
    # a sharp thing turned on the wrists, a flame held to the skin
    r"\b(scissors|knife|knives|blade|razor|glass|lighter)( \w+){0,10} (on|into|across|against) (my|his|her) (wrists?|throat)\b",
    r"\b(hold|holds|holding|held|put|putting|press|pressing|pressed) (a |the |my )?(lighter|flame|lit match|match|lit cigarette|cigarette)( \w+)? (to|against|on) (my|his|her|their) (arms?|legs?|wrists?|skin|hands?|thighs?)\b",
    # a last message, a will made beside a chosen place
    r"\b(this|that) (is|was|will be) the last (time|message) (i|ill|i will|you will|youll|anyone will) (message|text|talk|speak|write|hear)\w*( (to|from))? (anyone|anybody|you|me|my \w+)\b",
    r"\b(wrote|written|made|finished|sorted) (out )?my will( \w+){0,6} (bridge|cliff|rope|pills|tablets|roof|train)\b",
    # a medicine named, all of it taken: "swallowed all my amitriptyline with a bottle of wine"
    rf"\b(took|taken|swallowed|downed|necked) (all|the lot|every one|the whole (box|pack|packet|bottle)) (of )?(my|his|her|their|the) (\w+ )?{_MEDICINES}\b"
    r"(?!( \w+){0,3} (as (prescribed|directed|instructed|told|usual|normal)|on time|for the (day|week|month)))",
    # "i am ending it tonight": a time right after, not a relationship ("ending it with him")
    r"\b(im|i am|hes|he is|shes|she is) ending it (tonight|today|now|for good)\b",
    # a high or lonely place, then "to end it" (not "to end it on a high")
    r"\b(cliffs?|cliff (path|edge|top)|crags?|tor|peak|summit|quarry|gorge|ravine|ledge|viaduct|pier|tower|multistorey|car park|bridge|railway( line)?|tracks|roof|rooftop|river|sea|lake|loch|motorway|woods)( \w+){0,4} to end (it|it all|my life|everything)\b(?! on a high)",
    # a pet left for good, and nothing needed after a day named
    rf"\b(left|leaving|gave|given|giving|handed|handing) (\w+ ){{0,3}}(cat|dog|pets?|kitten|puppy|rabbit|budgie|parrot|hamster|fish)( \w+){{0,5}} for good( \w+){{0,10}} (wont|will not) need( \w+){{0,6}} (after|beyond) {_SOON}\b",
    # a bath run and a blade made ready (not a razor for shaving)
    r"\b(run|running|ran|filled|filling|drawn|drawing) (the|a|my) bath( \w+){0,6} (razor ?blades?|blades?|razor|knife|pills|tablets)( \w+){0,2} (ready|out|laid out|lined up|beside (me|it))\b(?!( \w+){0,3} (shav\w*|for (my|his|her) legs))",
    # others better off with one gone: "the whanau would cope better with me out of the picture"
    r"\b(cope|manage|do|be|get on) (better|fine|easier)( off)? (with me|if i (was|were|am|im|was just)) (out of the (picture|way)|gone|not (here|around)|dead)\b(?! for (the|a|this|next) (weekend|week|day|night|bit|while|holiday))",
    r"\bme out of the picture (for good|forever|for ever|permanently)\b",
    # medicine put by, then all of it at once: "stashed three months of my amitriptyline to take all at once"
    rf"\b({_STOCKPILED}|saved up|saving up|hid|hidden|hiding|kept back)( \w+){{0,6}} (pills|tablets|meds|{_MEDICINES})( \w+){{0,3}} (take|swallow|down|neck) (them |it )?all (at once|in one go|together|at the same time)\b",
    # a ligature tied to a high point and round the neck: "the rope is tied to the branch and the other end is round my neck"
    rf"\b(rope|cord|belt|cable|flex|washing line|ligature)( \w+){{0,3}} (tied|fixed|attached|knotted|fastened|hooked|looped) (to|round|around|over|onto) (the|a) ({_HANGING_POINT}|door)( \w+){{0,10}} (round|around) (my|his|her) neck\b",
    # a ligature put up, then ready: "the belt is on the hook in the garage, im ready to do it"
    rf"\b(rope|belt|ligature|noose)( \w+){{0,4}} (on|to|round|around|over|from) (the|a) {_HANGING_POINT}\b( \w+){{0,8}} (ready|going|about|want|planning) to (do it|go through with it|end it)\b",
    # how much of a medicine it takes to kill, whatever the verb before ("been googling how much insulin it takes to kill")
    rf"\bhow (much|many) (\w+ ){{0,2}}(pills|tablets|meds|{_MEDICINES})( \w+){{0,3}} to (kill|die|end it|be (fatal|lethal|deadly)|overdose)\b",
    # a lethal amount found: "looked up the dose that would finish me"
    rf"\b(dose|(amount|quantity|number) of (\w+ )?(pills|tablets|meds|{_MEDICINES}))( \w+){{0,3}} (that |which )?(would|will|could|to) (finish|kill|end) (me|him|her|my ?self|him ?self|her ?self)\b",
    # driven into anything without braking
    r"(driv|drove|steer|ride|riding|rode)\w*( \w+){0,3} (into|off) (a|the)( \w+){0,7} (and )?(not|never|wont|will not|without) (brake|braking|hitting the brakes?)\b",
    # nobody left to deal with one after a near day: "nobody will have to deal with my mess after friday"
    rf"\b(nobody|no one) (will |would )?(has|have|needs?|need) to (worry|care|bother|deal|clean up|sort out|put up)( \w+){{0,2}} (about |with |after )?(me|my (mess|stuff|things|problems|debts|affairs))( \w+){{0,2}} (after|from|beyond) {_SOON}\b",
    # wanting it to be the end of oneself (not "this job will be the end of me")
    r"\b(want|wish|hope|hoping|wanting|ready|praying)( \w+){0,8} (for (that|it|this|tonight|today) to be|to be|be) the end of me\b",
    # a gun and not coming home: "put the shotgun in the car ... and not come home" (not "till sunday")
    r"\b(gun|shotgun|rifle|pistol|revolver|firearm|rope)( \w+){0,14} (and )?(not|never) (come|coming|go|going|get|getting) (home|back)\b(?! (until|till|til|before|for|tonight|today|tomorrow|late|early|with|from|in))",
    # the dose that would do it: "what dose of my own stock would stop my heart" (not a racing heart)
    r"\b(dose|amount|how much|how many)( \w+){0,6} (would|will|could|to) (stop my heart|kill me|finish me off)\b(?! (racing|pounding|fluttering|skipping|beating so fast))",
    # a day named, then it all stops: "tomorrow it all stops"
    rf"\b{_SOON} (it all|everything) (stops|ends|will stop|will end|is over)\b{_UNQUALIFIED}",
    # a drop from a height, how easy it would be: "thinking how easy it would be to just step out"
    r"\bhow easy it (would|could|d) be to (just )?(step (out|off)|jump|fall|let go|drive off|swerve|end it|not wake up|disappear)\b(?! (of|from) (the|my|this|that|a) (role|job|business|company|team|band|contract|race|deal|argument|plan))",
    # a bag over the head and tape: suffocation
    r"\bbag over (my|his|her) (own )?head\b(?! (to keep|against|for the|in the rain|because))( \w+)*? tape\b|\btape\b.*\bbag over (my|his|her) (own )?head\b(?! (to keep|against|for the|in the rain|because))",
    # not wanting to be here, with no place or time after it; not wanting to be alive, anywhere
    rf"\bi (really |just )?(dont|do not) want to be here\b{_UNQUALIFIED}|\b(dont|do not) want to be alive\b",
    # a poison drunk: "i drank the bottle of bleach under the sink"
    r"\b(i|ive|he|she|hes|shes) (\w+ ){0,2}(drank|drunk|swallowed|downed|gulped|necked) (\w+ ){0,4}(bleach|antifreeze|anti freeze|weedkiller|weed killer|drain cleaner|paraquat|pesticide|rat poison|screenwash|methanol)\b",
    # "i am so tired of living" (not "tired of living with migraines", "tired of life in the city")
    r"\b(tired|sick|weary) of (living|being alive|existing|life)\b(?! (with|in|at|on|as|here|there|like))",
    # things given away, not needed "where im going" (not a trip: "where im going on holiday")
    r"\b(giving|given|gave|give|handing|handed) (away )?(all )?(my|his|her) \w+( \w+){0,10} (wont|will not|shant|wouldnt) (be )?need(ing)? (them|it|any of (them|it)|anything)( \w+){0,2} where (im|i am|hes|he is|shes|she is) going\b(?! (on|to|in|for|next|this|with))",
    # an exhaust led into the car: "the car exhaust is taped up to the window"
    r"\b(exhaust|hose ?pipe|hose|tube)( \w+){0,4} (taped|tied|fed|run|running|connected|attached|stuck)( up)? (to|into|in|through) (the )?(car )?(window|car|cab)\b",
    # a hose taken to the car at a time, for no washing: "im taking the hosepipe to the car tonight"
    rf"\b(hose ?pipe|hose)( \w+){{0,8}} (to|into|in) (the|my) car( \w+)? ({_SOON}|now|later)\b(?!.*\b(wash|clean|rins|spray|fill)\w*)",
    # a drop measured and found enough, or wondered about (not "the drop in pressure")
    r"\b(measured|checked|worked out|looked up|calculated|paced out|tested) (the )?(drop|height|fall)( (from|off|of|down)( \w+){0,4})?( \w+){0,3} (its|it is|is|thats|that is|it would be|would be) (more than |easily |definitely |plenty )?(enough|high enough|far enough)( for (me|him|her)| to (do it|end it|be sure|kill me|finish me))?$",
    r"\b(wonder\w*|whether|if|how)( \w+){0,3} (the )?(drop|fall|jump)( (from|off|down)( \w+){0,4})? (would|will|might|could|is|was) (be )?(enough|high enough|far enough|big enough)\b",
    # the family provided for when one is gone, soon: "my kids will be sorted when im gone next week"
    rf"\b(life insurance|insurance)( \w+){{0,14}} (when|after|once) (im|i am) (gone|dead)( \w+)? ({_SOON}|next (week|month)|soon|in a (few )?(days?|weeks?))\b",
    # the wheel let go of, to let it happen: "letting go of the wheel on the motorway tonight and letting it happen"
    r"\b(let|letting|lets) go of the (steering )?wheel( \w+){0,10} (and )?(just )?(let|letting) it happen\b",
    # the safety line left off on purpose, to fall: "next time im up the spire im not going to clip on, im going to let go"
    r"\b(not|wont|never|no longer) (going to |gonna |bother\w* to )?(clip|hook|tie|strap|harness|rope) (my ?self |him ?self |her ?self )?(on|in)\b( \w+){0,6} (going to|gonna|will|ill|just) (let go|fall|jump|step off)\b(?! (of|in|into|on|over|off (the|a) (bus|train|boat)))",
    # a tool turned on oneself "and be done": "turn the torch on myself and be done"
    r"\b(turn|turning|use|using|point|pointing|aim|aiming) (the|my|a|his|her) (\w+ ){0,2}(on|at|against) (my ?self|him ?self|her ?self)( \w+){0,3} (and be done|and end it|to end it|for good|and be gone|and finish it)\b(?! with\b)",
    # which medicine would do it: "i know which drugs in the cupboard would do it"
    rf"\b(which|what|how many|how much) (of )?(the |my |those |these )?(\w+ )?(drugs|pills|tablets|meds|medicines?|{_MEDICINES})( \w+){{0,4}} (would|will|could) (do it|finish me|kill me|be enough)\b(?! (for|better|faster|best|properly|quicker|to (help|work|ease|stop the)))",
    # a means kept near for the moment one decides: "the shotgun by my bed in case i decide tonight is it"
    r"\b(gun|shotgun|rifle|pistol|rope|noose|pills|tablets|blade|razor)( \w+){0,10} in case (i|he|she) (finally )?(decide|decides|choose|chooses)( that)? ((tonight|today|now) is (it|the (night|day|time))|to (do it|end it|use it|go through with it)|its time)\b",
    # off a mountain or a cliff where no one will ever find one; a body never found
    r"\b(mountain|cliff|couloir|gorge|ravine|quarry|crevasse|edge|bridge|sea|river|lake|loch)( \w+){0,8} where (nobody|no one|noone) (will|would|could|can) (ever )?find (me|him|her|my body)\b|\b(nobody|no one|noone) (will|would) (ever )?find my body\b",
]

# ---- context: negation, history, questions about causes -------------------------------------

_NEGATION = re.compile(r"\b(no|not|never|without|dont|doesnt|didnt|isnt|wasnt|havent|hasnt|arent|neither|nor|denies|free of)\b")
_HISTORY = re.compile(
    r"\b((\d+|a|one|two|three|four|five|six|seven|eight|nine|ten|many|several|few|couple of) )?"
    r"(years?|months?|weeks?|decades?) ago\b|\blast (week|year|month|summer|winter|spring|autumn)\b"
    r"|\bin (19|20)\d\d\b|\bhistory of\b|\bused to\b|\bas a (child|kid|teen|teenager|baby|student)\b|\bwhen i was\b"
    r"|\bin the past\b|\bpreviously\b|\bif (i|you|he|she|they) (have|has|had|ve) ever (had|been)\b|\brecovered from\b|\bback in\b"
    r"|\bin (my|his|her|their) (teens|twenties|thirties|forties|fifties|sixties|seventies|\d0s)\b|\bat (the )?age( of)? \d+"
)
# A lifelong trait is not a new sign: "her smile droops a bit in old photos, its just how she smiles".
_LIFELONG = re.compile(
    r"\b(always (has |have )?(been|had|looked|done|drooped)|since (birth|i was born|(he|she|they) (was|were) born|childhood|forever)|"
    r"born with|(just|only) (how|the way) (she|he|i|they) (is|are|am|smiles?|looks?|talks?)|in (old |every |all (the |her |his |my )?)?(photos?|pictures?))\b"
)
# Symptoms that come with the visitor's usual migraines (an aura: numbness, blurred vision,
# trouble finding words) are not an emergency unless something says this one is new or now.
_HABITUAL = re.compile(
    r"\b(usual|usually|always|every time|each time|whenever|often|sometimes|most days|aura|"
    r"every (few )?(days?|weeks?|months?)|"
    r"(migraine|headache)s? (come|comes|start|starts|hits|happen|happens)|(migraine|headache)s (hit|strike|begin|arrive|tend)|i get (\w+ ){0,2}(migraine|headache)s?|"
    r"(before|during) (a|an|my|the|every|each) (migraine|headache)s?( attacks?)?|with (my|the) (migraine|headache)s?|"
    r"when i (get|have) (a |my )?(migraine|headache)s?|"
    r"when (i am|im|i get|i feel|i have been) (really |very |so |a bit )?(tired|exhausted|stressed|run down|dehydrated))\b"
)
# "this is not a normal migraine" says it is new; it does not negate the headache.
_NOT_USUAL = re.compile(r"\bnot (a |my |the |your )?(normal|usual|typical|regular|ordinary)\b")
_NEW = re.compile(r"\b(different|new|never (had|felt)|not my (usual |normal )?(migraine|headache)|not (a |my |the |your )?(normal|typical|regular|ordinary)|(not|nothing) like (my |the )?(usual|normal|migraines?|headaches?)\b|not my usual|unlike|worse than|this time)\b")
# "my headache eased suddenly after the session" is good news, not an onset.
_EASED = re.compile(r"\b(better|eased|went away|gone away|disappeared|vanished|stopped|relief|improved|lifted|killed|got rid of)\b")
_NOW_WORDS = r"now|right now|currently|just|today|tonight|this (morning|afternoon|evening)|at the moment|again"
# After a mention of the past, "suddenly" says it is happening now ("i had a stroke years ago and
# suddenly my face is drooping"); beside a usual migraine it does not ("mine always start suddenly").
_NOW = re.compile(rf"\b({_NOW_WORDS}|suddenly)\b")
_NOW_SAID = re.compile(rf"\b({_NOW_WORDS})\b")


def _usual(text: str, now: re.Pattern) -> bool:
    """Said to come with the visitor's usual migraines, with nothing saying new or now."""
    return bool(_HABITUAL.search(text)) and not (now.search(text) or _NEW.search(text))


_NEW_SUBJECT = {"i", "im", "my", "he", "hes", "his", "she", "shes", "her", "they", "theyre", "their"}


def _negated(text: str, start: int, window: int = 4) -> bool:
    """A negation among the `window` words before the match ("no fever", "without any numbness")."""
    before = _NOT_USUAL.sub(" ", text[:start]).split()
    tail = before[-window:]
    # The negation reaches across a list: "i dont have any numbness or weakness".
    if any(word in ("or", "nor") for word in tail):
        tail = before[-(window + 4):]
    # It stops at a new subject after "and": "he hasnt and his face is hanging on the left".
    for i in range(len(tail) - 2, -1, -1):
        if tail[i] == "and" and tail[i + 1] in _NEW_SUBJECT:
            tail = tail[i + 1:]
            break
    return bool(_NEGATION.search(" ".join(tail)))


def _negated_inside(pattern: str, span: str) -> bool:
    """A negation among the words just before the sign that ends the match, where the pattern
    only allowed any word: "my face is not drooping" still matches without its "not", while
    "my face wont move" needs its negation and is a sign."""
    words = span.split()
    for i in range(max(1, len(words) - 4), len(words) - 1):
        if _NEGATION.fullmatch(words[i]) and re.fullmatch(pattern, " ".join(words[:i] + words[i + 1:])):
            return True
    return False


def _find(patterns: list[str], text: str, allow_negated: bool = False) -> bool:
    for pattern in patterns:
        for match in re.finditer(pattern, text):
            if allow_negated or not (
                _negated(text, match.start()) or _negated_inside(pattern, match.group(0))
            ):
                return True
    return False


# Words that mention a red-flag symptom; used to tell "cleared" (mentioned, but negated, past,
# or asked about the treatment) from "nothing said about symptoms".
SYMPTOM = re.compile(
    r"\b(stroke|seizure|numb|weak\w*|drooping|slurred|fever|stiffneck|confus\w*|faint\w*|"
    r"passed out|blind|vision|concussion|head injury|thunderclap|worst|suicide|paralys\w*|garbled|jumbled|muddled)\b"
)
# A question about what the treatment does or causes ("can dry needling cause numbness?",
# "does it help with a stiff neck?"), or a sign put down to a medicine ("my migraine medication
# makes my hands tingle") or to drink ("my speech is slurred when i am drunk, lol").
_TREATMENT_QUESTION = re.compile(
    r"\b(can|could|does|do|will|would|might|may|is it possible)( \w+){0,4} "
    r"(cause|causes|give|lead to|trigger|result in|make|help|helps|treat|work|fix|ease|relieve)\b"
    r"|\bside effects?\b|\brisk of\b|\bat (a )?(higher |more |greater |increased )?risk\b|\b(can|could|may|should) i (have|get|do|try|book)\b"
    r"|\b(medication|medicine|meds|pills|tablets|triptans?|injection|anaesthetic|dentist)( \w+){0,2} (makes?|made|gives?|gave|causes?|caused|numbed)\b"
    r"|\b(after|from|because of|at) (the|my|a|all the) (dentist|drilling|injection|anaesthetic|filling|jab|vaccine|vaccination)\b"
    r"|\bwhen (i am|im|i was|i get|hes|he is|shes|she is|theyre|they are) (very |really |so |a bit )?(drunk|tipsy|hammered|wasted)\b"
)
# "is that normal?" asks about the treatment only when the treatment is mentioned: "my arm
# jumped when the physio needled it, is that normal" is a question, "my face is drooping is
# that normal" is not.
_IS_IT_NORMAL = re.compile(r"\bis (it|that|this|\w+) (a )?(side effect|normal|common|bad|expected)\b")
_TREATMENT = re.compile(r"\b(needl\w*|session|treatment|physio\w*|practitioner|appointment|therapist)\b")
# Figures of speech and everyday uses that name a red-flag word without meaning it.
_IDIOMS = re.compile(
    r"\bkill(ing|ed|s)? (this|the|my|these|that) (migraines?|headaches?|pain)|\bdying (to|for)\b|"
    r"\bkill(s|ing|ed)? my (social life|weekends?|plans|mood|sleep|career|job|days?|evenings?|holidays?)\b|"
    r"\bend(ing)? (my|the|our) (membership|subscription|contract|booking|appointment|sessions?|treatment|course)\b|"
    r"\bwant (these|my|the|this|them) (migraines?|headaches?|pain|attacks?) to (end|stop|go away|be over)\b"
)
# "this migraine is killing me" is no distress, and on its own it is no emergency either.
_HYPERBOLE = re.compile(r"\b(is|are) (killing me|a killer)\b")
# What may stand beside it for the message to be only a bad headache: "my head is killing me
# and i feel sick today". Anything else ("i keep seeing everything twice") may be a sign the
# rules do not know, and the model keeps its say.
_USUAL_COMPANY = set(
    "i im my me it its this that the a and head so really very again today tonight now right still "
    "feel feeling felt sick nauseous nausea queasy tired exhausted help please ugh oh god "
    "what can do does will would could should needling needles dry treatment".split()
)


def _hyperbole_only(text: str) -> bool:
    if not _HYPERBOLE.search(text):
        return False
    rest = _HYPERBOLE.sub(" ", re.sub(HEADACHE, " ", text)).split()
    return all(word in _USUAL_COMPANY for word in rest)
# Figures of speech that name a sign without meaning it: the signs are looked for in the rest
# of the message ("weak at the knees"; confused by information, not disoriented).
_FIGURES = re.compile(
    r"\bweak at the knees\b|\bweak (with|from) (relief|laughter|laughing|happiness|joy|hunger)\b|\b(emotionally numb|numb emotionally|numb inside)\b|\bblack(ed)? out (the |my |that )?(memory|memories|details)\b|"
    r"\b(tingl\w*|numb|dead|pins and needles)( \w+){0,2} (when|if|after) (i|he|she|they) (sleep|sleeps|slept|lie|lies|lay|sit|sits|sat|lean\w*) on (them|it|my \w+|his \w+|her \w+)\b|"
    r"\b(arm|hand|leg|foot)s? under (me|him|her|them)( \w+){0,4} (goes|went|gone|going|go) (dead|numb|tingly)\b|"
    r"\b(cut|burnt|burned|scratched) (my ?self|him ?self|her ?self) (shaving|cooking|chopping|gardening|slicing|ironing|by accident|accidentally)\b|"
    # the fear of doing the treatment wrong: "i dont want to hurt myself with a needle at home"
    r"\b((dont|do not|wouldnt|would not|never) want to|(scared|afraid|worried|nervous|frightened) (of|about)) (hurt|harm|injur)\w* (my ?self|him ?self|her ?self) (with|using) (a |the |my |those |these |any )?(needles?|needling|dry needling)\b|"
    # someone else's overdose long ago, since recovered
    r"\b(friend|brother|sister|mum|mom|mother|dad|father|son|daughter|partner|husband|wife|cousin|aunt|auntie|uncle|colleague|flatmate|roommate)( \w+){0,3} (took|had taken|had) an overdose( \w+){0,3} (years?|months?|decades?) ago( \w+){0,3} (is|has been|now|and is)( \w+){0,2} (doing )?(well|fine|ok|okay|great|better|recovered|happy)\b|"
    # a question about what the treatment helps: "does needling help with thunderclap headaches"
    r"\b(help|helps|treat|treats|work|works|cure|cures|used) (with |for |on |against )?(\w+ )?thunderclap (headaches?|migraines?)|"
    # a question about what one is: "what does a thunderclap headache feel like"
    r"\b(what|how) (is|are|does|do|would|did)( a| an)? thunderclap (headaches?|migraines?)|"
    r"\b(is|are|does|do|would|could|can)( a| an)? thunderclap (headaches?|migraines?) (a |an )?(reason|contraindication|risk|problem|issue|mean|rule)|"
    r"\bconfus(ed|ing) (by|about|over|with) (all|the|these|those|this|so many|which|how|whether|what to)\b|"
    r"\b(i|we) (see|saw|treat|treated|nurse|nursed) (\w+ )?thunderclap (headaches|migraines|cases)\b(?!.*\b(i|im) (have|got|having|am having) (one|it|a thunderclap)\b)|"
    # how much the treatment hurts: "is dry needling the worst pain imaginable"
    r"\b(is|does|will|would) (dry )?needl\w*( \w+){0,3} (the )?(worst|most painful) (pain|thing)\b|"
    r"\b(went|goes|got|felt|feels|is|was) (weak|numb|tired|shaky)( \w+){0,1} (from |after |while |when )?(holding|carrying|lifting|gripping)\b|"
    r"\b(saw|watched|seen|read|heard)( \w+){0,3} (a |an )?(video|film|documentary|programme|program|show|article|story|post|advert|ad)( \w+){0,2} (of|about|on) (someone|somebody|a person|people|a man|a woman)( having| with)?( a)?( stroke| seizure| brain bleed)?"
)
# A headache that comes and goes, builds slowly or has an everyday cause is not the sudden,
# severe one the rules look for; a knock to the head after which all is well is not an injury.
_INTERMITTENT = re.compile(r"\b(comes and goes|come and go|coming and going|on and off|off and on)\b")
_GRADUAL = re.compile(r"\b(gradual\w*|slowly|crept|creeping|built up|building up)\b")
_EVERYDAY_CAUSE = re.compile(
    r"\b(with|from|because of|due to) (a|my|the|this) (cold|flu|hangover|period|screens?|new glasses)\b|"
    r"\b(its|it is|just|only|probably|must be|caught|got|have) (a|the) (cold|flu|virus|bug|hangover)\b|"
    r"\b(runny|blocked|stuffy) nose\b|\bsniffles\b|\bsinus\w*|\bhangover\b"
)
# "worst" said of a time or a circumstance describes the visitor's pattern ("my migraines are
# worst in winter", "my headache is the worst when i wake up"), not a worst-ever onset.
_WORST_WHEN = re.compile(
    r"\bworst (when|whenever|if|after|before|during|around|first thing|at night|"
    r"in the (mornings?|evenings?|afternoons?|night)|in (the )?(winter|summer|spring|autumn)|"
    r"on (weekends|mondays|workdays|work days))\b"
)
_REASSURED = re.compile(
    r"\b(seems?|is|looks?|feels?|im|hes|shes|theyre|i am|he is|she is) (fine|ok|okay|normal|happy|well)\b|"
    r"\b(been|is|am|im|are|seems|looks|feels|was) (totally |completely |perfectly |absolutely )?(fine|ok|okay|normal|well|himself|herself)\b|"
    r"\bplaying (happily|normally|as usual)\b|\b(is|now|is now|back to|went back to) playing\b|\b(laughing|giggling|smiling|running around|back to (normal|himself|herself|his usual|her usual))\b|\bnothing serious\b|\bno (other )?(symptoms|problems|issues)\b|\bnot even a (bruise|bump|mark|scratch|lump)\b|\blightly\b|\bbarely\b|\b(just|only) a (small |little |tiny |minor )?(bump|knock|tap)\b"
)
# Signs said to be fine count as negated: "my speech is fine and my face is fine".
_SIGNS_FINE = re.compile(
    r"\b(speech|face|vision|eyesight|sight|arms?|legs?|balance|neck|words)( \w+){0,2} "
    r"(is|are|seems?|looks?|feels?) (fine|normal|ok|okay|all right|alright|clear)\b"
)
# A sign that has passed: "my fever broke last night", "it went numb, now its fine".
_RESOLVED = re.compile(
    r"\b(fever|temperature|numbness|numb|tingling|weakness|headache|migraine)( \w+){0,2} (broke|has broken|went down|has gone|is gone|went away|passed|wore off|settled|eased)\b|"
    r"\b(headache|migraine|pain) is (mild|milder|better|easing|fading)\b|\bnow (its|it is|im|i am|all|everything|he is|hes|she is|shes)( \w+)? (fine|ok|okay|normal|gone|back to normal)\b"
)
# A question often follows a statement without a comma ("my face is drooping is that related to
# my migraines"): it starts a clause of its own, so it cannot clear the sign stated before it.
_CLAUSES = re.compile(
    r"[.!?;\n]+|,|\bbut\b|(?=\b(?:is|are|can|could|does|do|will|would|should|might) "
    r"(?:this|that|it|these|those|needling|dry needling|the needles?|i|they|he|she)\b)",
    re.IGNORECASE,
)
DISTRESS = re.compile(
    r"\b(hopeless|give up|giving up|cant cope|cannot cope|die|dying|dead|end it|pointless|"
    r"worthless|no point|burden|overdose|kill\w*|hurt (my|him|her|them)self|harm\w*|suicide|"
    r"unbearable|collaps\w*|unconscious|emergency|ambulance|911|help me)\b"
)


# Every sign the rules know, to tell a message that mentions one (then cleared by its context)
# from a message that says nothing about symptoms.
_ALL_SIGNS = [*NEURO_SIGNS, *STROKE_SIGNS, *SEIZURE, *FEVER_STIFF_NECK, *HEAD_INJURY]

# "feels like someone hit me on the head" describes a pain, not a blow that happened: the
# head-injury signs are looked for in the rest of the message.
_FELT_LIKE = re.compile(r"\b(feels?|felt|feeling) like( \w+){0,8}")


@dataclass(frozen=True)
class Assessment:
    """What the rules make of a message: `category` when it is an emergency; `cleared` when it
    mentions a red-flag sign only negated, in the past, as part of usual migraines, in a
    question about the treatment, or in a figure of speech."""

    category: str | None = None
    cleared: bool = False


def _assess_clause(text: str) -> Assessment:
    if not text:
        return Assessment()
    figurative = bool(_IDIOMS.search(text) or _FIGURES.search(text))
    text = _FIGURES.sub(" ", text)
    # Self-harm: always, even negated or hedged ("i dont want to kill myself but...").
    if _find(SELF_HARM, text, allow_negated=True):
        return Assessment("self_harm")
    mentions_symptom = bool(SYMPTOM.search(text)) or _find(_ALL_SIGNS, text, allow_negated=True)
    if (_HISTORY.search(text) or _LIFELONG.search(text)) and not _NOW.search(_LIFELONG.sub(" ", text)):
        return Assessment(cleared=mentions_symptom)
    if _find(WORST_EVER, text):
        return Assessment("sudden_headache")
    # a severe headache with a neck gone stiff is meningism, even without a fever
    if _find(SEVERE_HEADACHE, text) and (
        _NEW.search(text) or (_find([r"\bstiffneck\b"], text) and not _usual(text, _NOW))
    ):
        return Assessment("sudden_headache")
    sudden = _find(SUDDEN_HEADACHE, text)
    # "my migraines always come on suddenly": an onset the visitor knows, not a thunderclap.
    usual_onset = sudden and _usual(text, _NOW_SAID)
    if sudden and not usual_onset and not _EASED.search(text):
        return Assessment("sudden_headache")
    if _IS_IT_NORMAL.search(text) and _TREATMENT.search(text):
        # "my physio hit a nerve and my arm jumped, is that bad": what the treatment did
        return Assessment(cleared=True)
    if _TREATMENT_QUESTION.search(text):
        return Assessment(cleared=mentions_symptom)
    headache = _find([HEADACHE], text)
    if _find(STROKE_SIGNS, text) or (_find([_SPEECH, _BESIDE_ONE_LIMB], text) and _find([_ONE_LIMB], text)):
        return Assessment("stroke")
    if _find(SEIZURE, text) and not _usual(text, _NOW):
        return Assessment("seizure")
    if _find(FEVER_STIFF_NECK, text) and not _negated_any(["fever", "stiffneck"], text):
        return Assessment("fever_stiff_neck")
    if headache and _find(NEURO_SIGNS, text):
        if _usual(text, _NOW):
            return Assessment(cleared=True)
        return Assessment("headache_with_neurological_sign")
    if (headache or _find(INJURY_SIGNS, text)) and _find(HEAD_INJURY, _FELT_LIKE.sub(" ", text)):
        return Assessment("headache_after_head_injury")
    # A negated headache is not enough: "never had a head pain this intense" is the worst.
    # One sign denied does not clear another stated plainly: "my left arm is weak and my speech
    # is not slurred" leaves the weak arm to the model.
    negated = (
        any(_negated(text, m.start()) for m in SYMPTOM.finditer(text))
        or bool(_SIGNS_FINE.search(text))
    ) and not _find([_ONE_LIMB], text)
    usual = (mentions_symptom or headache) and _usual(text, _NOW)
    everyday = headache and any(
        p.search(text) for p in (_INTERMITTENT, _GRADUAL, _EVERYDAY_CAUSE, _WORST_WHEN)
    )
    reassured = bool(_REASSURED.search(text)) and _find(HEAD_INJURY, text)
    # "the needle went in suddenly and i jumped": the onset is the needle's, not a headache's.
    needle_onset = not headache and bool(_TREATMENT.search(text) and re.search(_ONSET, text))
    resolved = (mentions_symptom or headache) and bool(_RESOLVED.search(text))
    return Assessment(
        cleared=negated or usual or usual_onset or everyday or reassured or needle_onset
        or figurative or resolved
    )


def assess(message: str) -> Assessment:
    """Judge the whole message and each clause on its own: "my face is drooping, can dry
    needling help?" is an emergency even though its second clause is a treatment question."""
    whole = normalise(message or "")
    texts = [whole] + [c for c in (normalise(c) for c in _CLAUSES.split(message or "")) if c.strip()]
    results = [_assess_clause(t) for t in texts]
    # "my migraine feels like someone hit me over the head, like always": the clause with the
    # onset does not say it is the usual one, the message does (a "worst ever" stays a flag).
    usual_onset = _usual(whole, _NOW_SAID)
    for text, result in zip(texts, results, strict=True):
        if result.category == "sudden_headache" and usual_onset and not _find(WORST_EVER, text):
            continue
        if result.category:
            return result
    # Never clear a message with distress in it: the model may have caught a self-harm
    # phrasing the rules do not know ("a stroke years ago. i feel hopeless, i give up"). A
    # figure of speech is no distress ("a friend's overdose years ago, she is well now").
    distress = DISTRESS.search(_HYPERBOLE.sub(" ", _IDIOMS.sub(" ", _FIGURES.sub(" ", whole))))
    return Assessment(cleared=(_hyperbole_only(whole) or any(r.cleared for r in results)) and not distress)


def red_flag(message: str) -> str | None:
    """The red-flag category the message matches (e.g. "self_harm"), or None."""
    return assess(message).category


def _negated_any(words: list[str], text: str) -> bool:
    """"no fever", "i dont have a stiff neck"; but not "doesnt like the light, neck stiff"."""
    return any(_negated(text, m.start(), window=3) for w in words for m in re.finditer(rf"\b{w}\b", text))
