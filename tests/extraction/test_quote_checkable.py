"""Which quotations without a figure are kept as claims: something that has happened to
someone other than the speaker, a deadline, a shift from one thing to another, a comparison
without "than", a past cause the speaker took part in, and any plain statement of six words
or more (a `quote` claim: checkable as said). Opinions, feelings, hedges, demands, verdicts
("Det är en droppe i havet") and the speaker on themself are not kept.
The sentences are made up for the test."""

from __future__ import annotations

import pytest

from claims.extraction import extract


def texts(text, language):
    return [c.text for c in extract(text, language=language)]


@pytest.mark.parametrize(
    ("text", "language", "anchor"),
    [
        (
            "— Vi ser att flera kommuner har höjt sina avgifter i år, säger Eva Ström, "
            "utredare på förbundet.",
            "sv",
            "flera kommuner har höjt sina avgifter",
        ),
        (
            "— På vissa håll kan det dröja till torsdag innan vägarna är farbara, säger "
            "Per Lind, presschef på Trafikverket.",
            "sv",
            "dröja till torsdag",
        ),
        (
            "— Vi ser en övergång från kontanter till kortbetalningar bland äldre, säger "
            "Anna Berg, analytiker.",
            "sv",
            "från kontanter till kortbetalningar",
        ),
        (
            "— Det är känt att många pendlare kör mer bil när tågen ställs in, säger Ola Ek, "
            "forskare vid KTH.",
            "sv",
            "kör mer bil",
        ),
        (
            "— Bygget blev försenat eftersom vi behövde vänta på en särskild kran från "
            "Tyskland, säger platschefen Lars Holm.",
            "sv",
            "vi behövde vänta på en särskild kran",
        ),
        (
            '"The council has closed three of its depots this winter and the roads suffer for '
            'it," said Mark Hale, a local driver.',
            "en",
            "has closed three of its depots",
        ),
        (
            '"Repairs on the main line will not be finished until Friday at the earliest," '
            "said Jane Cole, a spokeswoman for the operator.",
            "en",
            "until friday",
        ),
    ],
)
def test_a_checkable_quote_is_kept(text, language, anchor):
    assert any(anchor.lower() in t.lower() for t in texts(text, language))


@pytest.mark.parametrize(
    ("text", "language", "anchor"),
    [
        (
            "— Vi har stängt två av de tre reningsverken under hela sommaren, säger "
            "driftchefen Karin Lund.",
            "sv",
            "stängt två av de tre reningsverken",
        ),
        (
            "— Just nu finns inget som tyder på att vattnet har förorenats, säger Per Ek, "
            "presstalesperson.",
            "sv",
            "inget som tyder på att vattnet har förorenats",
        ),
        (
            # Swedish "i" is a preposition, not the speaker
            "— Vi vet inte än, men i nuläget finns inget som tyder på att branden är anlagd, "
            "säger Anna Berg, presstalesperson.",
            "sv",
            "inget som tyder på att branden är anlagd",
        ),
        (
            '"Our client did not sign any of the contracts the prosecution showed the jury," '
            "said the defence lawyer, Mark Hale.",
            "en",
            "did not sign any of the contracts",
        ),
        (
            '"We have pupils sitting their exams in portable cabins across the whole site," '
            "the head teacher said.",
            "en",
            "pupils sitting their exams in portable cabins",
        ),
    ],
)
def test_a_plain_statement_in_a_quote_is_a_quote_claim(text, language, anchor):
    claims = extract(text, language=language)
    kept = [c for c in claims if anchor.lower() in c.text.lower()]
    assert kept
    assert kept[0].type == "quote"
    assert kept[0].speaker


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("— Jag kan se att det skulle kunna hända igen nästa vinter, säger Eva Ström.", "sv"),
        ("— Staten måste ta ett mycket större ansvar för vägarna på landsbygden, säger hon.", "sv"),
        ("— Det är en droppe i havet för alla de familjer som drabbats, säger Per Lind.", "sv"),
        ("— Vi kan inte gå med på det förslag som ligger på bordet, säger Per Lind.", "sv"),
        ('"I never came here to break a record on this course," said the winner.', "en"),
        ('"That is not good for the families and not good for the town," she said.', "en"),
        ('"We would like to see the council look at the whole budget again," he said.', "en"),
    ],
)
def test_a_hedge_a_demand_a_verdict_or_the_speaker_on_themself_is_not_kept(text, language):
    assert texts(text, language) == []


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("— Vi har gjort allt vi kunnat för de drabbade familjerna, säger Eva Ström.", "sv"),
        ("— Det här är en sorglig dag för hela vår stad, säger kommunalrådet Per Lind.", "sv"),
        ('"We have worked hard and we are proud of this team," said coach Mark Hale.', "en"),
        ('"Because you are who you are, people will always listen," she said.', "en"),
    ],
)
def test_an_opinion_or_a_first_person_account_is_not_kept(text, language):
    assert texts(text, language) == []


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("How to help: donate only to registered charities.", "en"),
        ("Så kan du hjälpa: skänk pengar till etablerade organisationer.", "sv"),
    ],
)
def test_a_labelled_call_to_action_is_not_a_claim(text, language):
    assert texts(text, language) == []


def test_a_statement_after_a_colon_is_still_a_claim():
    assert texts("The verdict was clear: prices rose 4% in May.", "en")


def test_the_effect_of_a_quoted_cause_is_kept_with_it():
    text = (
        '"Colleges have dropped courses because the funding rules changed in 2024," said the '
        "head of the association."
    )
    assert any(t.startswith('"Colleges have dropped courses') for t in texts(text, "en"))


def test_the_speaker_on_themself_before_a_cause_is_not_kept():
    text = '"I said no because the rules had changed," said the coach.'
    assert not any(t.startswith('"I said no') for t in texts(text, "en"))


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("– Vad gör vi en natt i januari när vägarna är isiga? säger Johanna Berg.", "sv"),
        ('"Why did nobody warn us about the 40% rise?" asked one resident.', "en"),
    ],
)
def test_a_quoted_question_followed_by_its_speaker_is_not_a_claim(text, language):
    assert texts(text, language) == []


def test_an_exclamation_mark_before_the_speech_verb_ends_the_quotation():
    text = "– Vi har sålt 3 000 biljetter på en timme! säger Anna Lind, presschef på Globen."
    (claim,) = extract(text, language="sv")
    assert claim.speaker == "Anna Lind"
    assert "säger" not in claim.text
