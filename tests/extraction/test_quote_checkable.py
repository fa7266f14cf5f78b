"""Which quotations without a figure are kept as claims: something that has happened to
someone other than the speaker, a deadline, a shift from one thing to another, a comparison
without "than", a past cause the speaker took part in. Opinions and feelings are not kept.
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
