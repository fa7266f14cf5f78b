"""What is not a claim (calls to action, advice to the public, photo captions) and the
check-worthiness features: sentences written for these tests, both languages."""

from __future__ import annotations

import math

import pytest

from claims.extraction import extract
from claims.extraction.checkworthy_weights import BIAS, WEIGHTS, WORD_LENGTH
from claims.extraction.classify import (
    checkworthiness,
    cues,
    cw_features,
    is_call_to_action,
    is_not_a_claim,
    is_photo_caption,
    word_scale,
)


@pytest.mark.parametrize(
    "sentence",
    [
        # newsroom boilerplate
        "Skriv till oss på redaktionen.",
        "Berätta för oss hur du har upplevt sommaren.",
        "Tipsa oss om du har sett något.",
        "Hör av dig till nyhetsdesken.",
        "Följ oss på Instagram för fler bilder.",
        "Ring 112 om någon är i fara.",
        "Lägg på om någon ringer och säger att de är från banken.",
        "Anmäl misstänkta bedrägerier till polisen.",
        "Besök vår webbplats för fler reportage.",
        "Share your story with our reporters.",
        "Sign up for our morning briefing.",
        "Get in touch with the newsdesk.",
        "Use our tool to see how much your bills could rise.",
        "Email us at tips@example.com.",
        "Contact the helpline on 0800 123 456.",
        "Watch the full interview on our website.",
        "Se hela intervjun på vår sajt.",
        "See the full list of winners below.",
        "Please keep your receipts for at least a year.",
        "Do not leave children alone near water.",
        '"Call us if you see anything," the police said.',
        '"You should lock your doors at night," the police said.',
        # a lead-in, then the command
        "For more on the elections, sign up for our newsletter.",
        "För mer om valet, prenumerera på vårt nyhetsbrev.",
        "Om du vill veta mer, läs vår guide.",
        "Until further notice, avoid the coastal road.",
        # a pointer to more reading
        "For more information, see the council's website.",
        "För mer information om reglerna hänvisas till Skatteverket.",
        # advice to the public at large
        "Residents should check the emergency app for the latest warnings.",
        "Drivers in the northern suburbs should avoid the motorway tonight.",
        "Travellers are advised to allow extra time at the airport.",
        "Swimmers should be aware of strong currents near the pier.",
        "Bilister bör undvika E4:an under kvällen.",
        "Man bör inte lämna ut sina koder till någon.",
        "Boende i området uppmanas att hålla fönstren stängda.",
    ],
)
def test_commands_and_advice_to_the_public_are_calls_to_action(sentence):
    assert is_call_to_action(sentence)


@pytest.mark.parametrize(
    ("sentence", "language"),
    [
        # imperative forms that are nouns here
        ("Share prices fell 3 percent on Monday.", "en"),
        ("Use of force by police rose 12 percent last year.", "en"),
        ("Call volumes to the helpline doubled in March.", "en"),
        ("Contact tracing ended in 2022 after costing £37bn.", "en"),
        ("Watch sales slumped by a fifth in the first quarter.", "en"),
        ("Besök på akuten ökade med 5 procent under sommaren.", "sv"),
        ("Ring-leden i Göteborg stängdes i fyra timmar.", "sv"),
        # a discourse marker in speech, then a statement
        ("Listen, we cut taxes for 40 million families.", "en"),
        ("Look, unemployment fell to 4 percent under my watch.", "en"),
        ("— Se på Danmark, där arbetslösheten sjönk till 3 procent på två år.", "sv"),
        # "for more than" is a figure, not a pointer
        ("For more than a decade the company paid no corporation tax.", "en"),
        ("För mer än tio år sedan byggdes bron för 2 miljarder kronor.", "sv"),
        # "should" from a named actor, or about the past
        ("The government should cut fuel duty by 10p, the RAC said.", "en"),
        ("Regeringen bör sänka skatten på bensin, anser Moderaterna.", "sv"),
        ("Residents should have been warned two days earlier, the inquiry found.", "en"),
        ("Kunderna borde ha fått pengarna tillbaka i mars, enligt Konsumentverket.", "sv"),
        # what the public should get or expect: a position or a forecast
        ("People should be paid 20 percent more for overtime, the union argues.", "en"),
        ("Hushållen bör räkna med 15 procent högre elpriser i vinter, enligt myndigheten.", "sv"),
        ("Pensionärer bör få 500 kronor mer i månaden, anser partiet.", "sv"),
        # "must" states a rule
        ("Drivers must pay a £15 charge to enter the zone from January.", "en"),
        # an imperative further into the sentence
        ("Police said a man had been seen near the school.", "en"),
        # advice inside a quotation is what someone said
        ("We doubled the grant in 2019, and I told them, 'I think you need more'.", "en"),
        (
            'Polisen skrev 2021 att "du bör aldrig lämna ut koden" men 300 personer gjorde det.',
            "sv",
        ),
        # what the public was told: a report of what happened
        ("Residents were told to leave their homes by 6 pm on Sunday.", "en"),
        # a clause of its own before the comma, and a list of infinitives
        ("För boende födda före 1950 gäller andra regler för pensionen, se sidan 4.", "sv"),
        (
            "Att läsa för barnen, se dem växa och lära sig ger 70 procent av föräldrar glädje.",
            "sv",
        ),
    ],
)
def test_statements_that_look_like_commands_stay_claims(sentence, language):
    assert not is_call_to_action(sentence)
    assert extract(sentence, language=language)


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("Riksbanken höjde räntan med 0,25 procentenheter. Skriv till oss på redaktionen.", "sv"),
        ("Inflation fell to 3.2% in May. Get in touch with our team.", "en"),
        (
            "Inflation fell to 3.2% in May. "
            "For more on the economy, sign up for our weekly newsletter.",
            "en",
        ),
    ],
)
def test_boilerplate_after_a_news_sentence_is_not_extracted(text, language):
    claims = extract(text, language=language)
    assert len(claims) == 1
    assert any(ch.isdigit() for ch in claims[0].text)


@pytest.mark.parametrize(
    "sentence",
    [
        "Magdalena Andersson, längst till höger, och Ulf Kristersson under debatten i riksdagen.",
        "Ministrarna samlade i Rosenbad, från vänster Anna Ek, Per Lund och Lisa Berg.",
        "Pristagarna på scenen, i mitten.",
        "Union leaders (L-R) Jane Doe, John Smith and Ann Lee outside the plant.",
        "From left, Jane Doe, John Smith and Ann Lee at the launch.",
        "The mayor (centre) and firefighters at the scene on Tuesday.",
    ],
)
def test_a_photo_caption_without_credit_is_not_a_claim(sentence):
    assert is_photo_caption(sentence)
    assert not extract(sentence)


@pytest.mark.parametrize(
    ("sentence", "language"),
    [
        ("Sverigedemokraterna står längst till höger av riksdagens partier.", "sv"),
        ("Bygget ska vara klart i mitten av maj 2027.", "sv"),
        ("The party moved from left to right on immigration after 2015.", "en"),
        ("He was left with debts of £40,000 after the sale.", "en"),
    ],
)
def test_positions_inside_a_sentence_are_no_caption(sentence, language):
    assert not is_photo_caption(sentence)
    assert extract(sentence, language=language)


# --- check-worthiness: the sentence as context, the cached sums ------------------------


def _model(piece, context, **kwargs):
    """The logistic model written out: bias, the claim's cue weights, and the weights of
    the sentence's distinct words and shapes scaled by the sentence length."""
    cue_feats = cw_features(piece, dates=[], words=False, **kwargs)
    word_feats = cw_features(piece, dates=[], context=context, **kwargs)[len(cue_feats) :]
    n = sum(1 for f in word_feats if f[0] != "^" and not f.startswith("x:"))
    z = BIAS + sum(WEIGHTS.get(f, 0.0) for f in cue_feats)
    z += word_scale(n) * sum(WEIGHTS.get(f, 0.0) for f in set(word_feats))
    return round(1 / (1 + math.exp(-z)), 3)


@pytest.mark.parametrize(
    ("piece", "context"),
    [
        (
            "Unemployment rose to 9.1 percent in October",
            "Unemployment rose to 9.1 percent in October, while wages fell by 2 percent.",
        ),
        ("We cut taxes for 40 million families", "We cut taxes for 40 million families."),
        ("Taxes went up", None),
    ],
)
def test_the_score_is_the_model_over_the_claims_cues_and_the_sentences_words(piece, context):
    kwargs = {"ctype": "quantity", "quoted": False, "speaker": None, "quantities": []}
    # when
    score = checkworthiness(piece, dates=[], language="en", context=context, **kwargs)
    # then
    assert score == _model(piece, context, **kwargs)


def test_word_evidence_is_weighed_per_word_of_the_sentence_not_summed_plainly():
    # a sentence of typical length counts its words at face value; one four times as long
    # at half, so a long sentence is not confident just for having many words
    assert word_scale(int(WORD_LENGTH)) == pytest.approx(1.0)
    assert word_scale(int(4 * WORD_LENGTH)) == pytest.approx(0.5)
    assert word_scale(1) == word_scale(3)  # a fragment is not blown up without bound


def test_sentence_shapes_are_features_of_the_words_part():
    kwargs = {"ctype": "event", "quoted": False, "speaker": None, "quantities": []}
    # given invented sentences: figures, a regular past tense, he/she/they, a question
    past = cw_features("They closed 12 schools and moved 300 pupils.", dates=[], **kwargs)
    plain = cw_features("I look forward to it", dates=[], **kwargs)
    asked = cw_features("Is that right?", dates=[], **kwargs)
    # then
    assert {"x:num2", "x:ed2", "x:3p"} <= set(past)
    assert "x:num0" in plain and "x:ed" not in plain and "x:3p" not in plain
    assert "x:q" in asked


def test_the_pieces_of_a_sentence_are_scored_with_the_sentences_words():
    sentence = "Exports fell 18 percent last year, while imports rose by 4 percent."
    claims = extract(sentence, language="en")
    assert len(claims) == 2
    words = cw_features(
        claims[0].text,
        ctype="quantity",
        quoted=False,
        speaker=None,
        quantities=[],
        dates=[],
        context=sentence,
    )
    assert "imports" in words and "exports" in words


def test_cues_do_not_depend_on_what_was_analysed_before():
    text = "Det var den största ökningen sedan 1990 enligt prognosen."
    first = cues(text)
    for i in range(300):  # fills and clears the bounded caches
        cues(f"Rekordhöga {i} största prognoser sedan {1900 + i}")
    assert cues(text) == first
    assert {"superlative", "comparison", "prediction", "digit"} <= first


@pytest.mark.parametrize(
    "sentence",
    [
        # appeals for information and tip lines
        "Anyone with information about the break-in can call the tip line at 1-800-555-0199.",
        "Anyone who saw the collision should contact Thames Valley Police.",
        "Those with information can contact detectives on 0161 555 0000.",
        "Witnesses are urged to come forward.",
        "Den som har uppgifter om inbrottet uppmanas att kontakta polisen på 114 14.",
        "Den som har sett något misstänkt kan ringa polisen.",
        "Vittnen ombeds höra av sig till polisen.",
        # the advice of a fact box, opening with an imperative
        "Sänk värmen i sovrummet och undvik att ladda elbilen på morgonen.",
        "Stäng av kranen medan du borstar tänderna.",
        "Vädra kort men ofta under vintern.",
        "Var försiktig på isiga vägar i kväll.",
        "Turn off the lights when you leave a room and unplug chargers.",
        "Lower your thermostat by one degree overnight.",
        "Make sure your smoke alarm works.",
        "Be careful on icy roads tonight.",
        "Never leave a candle burning in an empty room.",
        # a label, then the command
        "How to help: give only to registered charities.",
        "Så gör du: stäng av värmen i rum som inte används.",
    ],
)
def test_appeals_tip_lines_and_fact_box_advice_are_calls_to_action(sentence):
    assert is_call_to_action(sentence)


@pytest.mark.parametrize(
    ("sentence", "language"),
    [
        # the report of an appeal names who made it
        ("Police asked anyone with information to call 101.", "en"),
        ("Police urged residents to stay indoors as the fire spread on Monday.", "en"),
        ('Police urged residents to "stay indoors and keep windows shut" on Monday.', "en"),
        ("Polisen uppmanade alla som har uppgifter att ringa 114 14.", "sv"),
        ("Those who called the hotline waited 40 minutes on average, the report found.", "en"),
        ("De som ringde larmnumret fick vänta i 40 minuter, visar granskningen.", "sv"),
        ("Vittnen har berättat att mannen sprang mot stationen vid 22-tiden.", "sv"),
        ("Den som har fyllt 65 kan få bostadstillägg på upp till 7 000 kronor.", "sv"),
        # the new imperative forms used as nouns, adjectives and adverbs
        ("Close to 500 people died in the floods last year.", "en"),
        ("Lower interest rates lifted house prices by 5% last year.", "en"),
        ("Pack ice covered 40% of the bay in March.", "en"),
        ("Wear and tear cost the railway £30m last year.", "en"),
        ("Pay rose 3.1% in the year to March, the ONS said.", "en"),
        ("Wait times at the emergency unit reached 14 hours in January.", "en"),
        ("Be that as it may, the council raised taxes by 4%.", "en"),
        ("Never before had the river risen so fast, the agency said.", "en"),
        ("Var tredje svensk har aldrig besökt Gotland, enligt en ny undersökning.", "sv"),
        ("Bär och svamp plockades i rekordmängd i fjol.", "sv"),
        ("Öppna förskolor blev 10 procent färre under 2024.", "sv"),
        ("Fråga om stöd till Ukraina delade riksdagen i mars.", "sv"),
    ],
)
def test_reports_of_appeals_and_verb_like_nouns_stay_claims(sentence, language):
    assert not is_call_to_action(sentence)
    assert extract(sentence, language=language)


@pytest.mark.parametrize(
    "sentence",
    [
        "Det visar ny statistik från Skolverket.",
        "Det uppger polisen för SVT.",
        "That is according to figures from the Office for National Statistics.",
        "Have your say on the budget in the comments below.",
    ],
)
def test_a_bare_source_line_or_an_invitation_to_comment_is_not_a_claim(sentence):
    assert is_not_a_claim(sentence)


@pytest.mark.parametrize(
    "sentence",
    ["Det visar att eleverna klarade provet bättre i år.", "Det uppger polisen, som grep tre män."],
)
def test_a_source_line_that_states_something_is_a_claim(sentence):
    assert not is_not_a_claim(sentence)
