from __future__ import annotations

import itertools

import pytest

from claims.extraction.segment import (
    BYLINE,
    CAPTION,
    HEADING,
    PARAGRAPH,
    segment,
    split_paragraphs,
    split_sentences,
)


def sentences(text):
    return [text[s:e] for s, e in split_sentences(text, 0, len(text))]


@pytest.mark.parametrize(
    "text",
    [
        "Han kom kl. 14.30 till mötet. Sedan gick han.",
        "De köpte bl.a. mjölk och t.ex. bröd. Sedan gick de hem.",
        "Det kostar ca. 20 kronor, d.v.s. billigt. Sedan gick de hem.",
        "Den s.k. Tidöpakten gäller. Sedan gick de hem.",
        "Mr. Smith met Dr. Jones at No. 10 Downing Street. They talked.",
        "The U.S. export rules took effect in Jan. 2024 at 9 a.m. local time. They talked.",
        "Brightline Semiconductor Inc. said revenue rose. They talked.",
    ],
)
def test_abbreviations_do_not_end_sentences(text):
    parts = sentences(text)
    assert len(parts) == 2, parts


def test_sentences_inside_quotes_split_and_keep_offsets():
    text = '"We have never seen this. Our backlog is the largest," Ms. Whitfield said. Shares rose.'
    spans = split_sentences(text, 0, len(text))
    assert [text[s:e] for s, e in spans] == [
        '"We have never seen this.',
        'Our backlog is the largest," Ms. Whitfield said.',
        "Shares rose.",
    ]


def test_abbreviation_at_the_end_of_a_sentence_still_splits_before_an_opener():
    assert len(sentences("The talks were held in the U.S. The next round is in May.")) == 2


def test_paragraphs_headings_bylines_and_captions_are_told_apart():
    text = (
        "Rekordvärme i Norrbotten\n\nErik Nilsson/TT\n\n"
        "Värmen slog rekord på lördagen.\n\n"
        "Badgäster vid havet på lördagen. Foto: Anna Berg/TT\n\n"
        "Stora skillnader\n\nBy Marcus Webb\n\n"
        "Chief Executive Dana Whitfield in San Jose. (Photo: Brightline)\n"
    )
    blocks, _ = segment(text)
    assert [b.kind for b in blocks] == [
        HEADING,
        BYLINE,
        PARAGRAPH,
        CAPTION,
        HEADING,
        BYLINE,
        CAPTION,
    ]


def test_dash_dialogue_lines_are_quoted():
    text = (
        "— Vi ser en försvagning. Det oroar oss, säger Sofia Berglund.\n\n"
        "SCB publicerade siffrorna."
    )
    blocks, sents = segment(text)
    assert blocks[0].dialogue
    assert [s.quoted for s in sents] == [True, True, False]


def test_dateline_is_skipped():
    text = "SAN JOSE, Calif., Oct. 29 — Brightline said revenue rose."
    _, sents = segment(text)
    assert text[sents[0].start : sents[0].end] == "Brightline said revenue rose."


def test_hard_wrapped_lines_are_one_paragraph():
    text = "Regeringen satsar på\nyrkesvux nästa år.\nSedan kommer mer."
    assert len(split_paragraphs(text)) == 2


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a colon before a quotation or a sentence opener ends the sentence ...
        (
            "Han sammanfattar resultaten så här: 'Det tycks som om ingen vet.' Sedan tystnade han.",
            3,
        ),
        ('Putin sa: "Vi har skickat soldater." Sedan gick han.', 3),
        ("Beskedet var tydligt: Det blir inga fler sänkningar.", 2),
        # ... or before a capitalized definite noun that opens a clause (Swedish capitalizes
        # after a colon only a sentence, a quotation or a name) ...
        ("Beskedet var tydligt: Regeringen sänker skatten.", 2),
        ("Målet är enkelt: Elevernas resultat ska bli bättre.", 2),
        # ... but not before a list or a name
        ("Två frågor återstår: Bostaden och jobbet.", 1),
        ("Boken heter: Kvinnor som slavar.", 1),
        ("Källa: Skatteverket i Stockholm.", 1),
        ("Tre länder skrev under: Sverige, Norge och Danmark.", 1),
        ("Three were named: Smith, Jones and Brown.", 1),
        ("Kiptanui won in 2:00:58. Rotich was second.", 2),
    ],
)
def test_colons_end_sentences_only_before_a_quotation_or_an_opener(text, expected):
    assert len(sentences(text)) == expected, sentences(text)


@pytest.mark.parametrize(
    "text",
    [
        "Vi får se, säger hon. Sedan går hon hem.",  # Swedish "hon" is no "Hon." title
        "Han kom för sen. Mötet hade redan börjat.",
        "Loppet är 42 km. Sedan väntar en fest.",  # unit symbols take no full stop
        "The runners covered 42 km. Then they rested.",
        "The answer was no. The talks ended.",  # "No." is an abbreviation before a number
        "De köpte mjölk, bröd osv. Vid kassan var det kö.",  # "osv." closes a list
        "Det var fler bland de manliga. år 1970 beräknar man att det vänder.",  # unedited text
    ],
)
def test_sentences_end_after_words_that_only_look_like_abbreviations(text):
    assert len(sentences(text)) == 2, sentences(text)


@pytest.mark.parametrize(
    "text",
    [
        "Hon. John Smith spoke first and left.",
        "Sen. Warren and Gov. Newsom met No. 10 officials.",
        "Lönen var 5 milj. kronor och höjdes.",
        "Priset var ca. 20 kronor och höjdes.",
        "He arrived on Jan. 5 and left on Feb. 2.",
        "Hon kom kl. 14.30 och gick kl. 16.",
        '"Är du klar?" frågade han och gick.',
    ],
)
def test_abbreviations_and_attributed_questions_keep_the_sentence_whole(text):
    assert len(sentences(text)) == 1, sentences(text)


def test_sentence_offsets_cover_the_paragraph_in_order():
    text = "Det var varmt: Det blev rekord. Sedan, säger hon. Vädret vände i går. Ingen visste."
    spans = split_sentences(text, 0, len(text))
    assert spans[0][0] == 0 and spans[-1][1] == len(text)
    for (s1, e1), (s2, _) in itertools.pairwise(spans):
        assert s1 < e1 <= s2 and text[e1:s2].isspace()


def test_quote_state_carries_over_sentences_of_a_long_quotation():
    text = "Hon sa: ”Vi har aldrig sett detta. Det är unikt.” Sedan gick hon."
    _, sents = segment(text)
    assert [text[s.start : s.end] for s in sents] == [
        "Hon sa:",
        "”Vi har aldrig sett detta.",
        "Det är unikt.”",
        "Sedan gick hon.",
    ]
    assert [s.quoted for s in sents] == [False, True, True, False]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The meeting starts at 9 a.m. Police said it was calm.", 2),
        ("It starts at 9 a.m. ET on Monday and ends at 5 p.m. Eastern time.", 1),
    ],
)
def test_clock_suffixes_end_a_sentence_before_a_capital_that_is_no_time_zone(text, expected):
    assert len(sentences(text)) == expected, sentences(text)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Det gäller vitamin C. Det är viktigt.", 2),
        ("John Smith Jr. The team won.", 2),
        ("Vi köpte 5 st. Det räckte.", 2),
        ("Ur A. I. Rabin: Kibbutz children.", 1),
        ("John F. Kennedy kom till Berlin.", 1),
        ("Hon träffade dr. Svensson i går.", 1),
    ],
)
def test_initials_and_titles_against_sentence_ends(text, expected):
    assert len(sentences(text)) == expected, sentences(text)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a heading line joined to the text after it: a capitalized pronoun with its verb, a
        # question word or a sentence adverb after a lower-case word starts a sentence ...
        (
            "Skolans nya roll Vi har länge talat om skolan. Nu händer något.",
            ["Skolans nya roll", "Vi har länge talat om skolan.", "Nu händer något."],
        ),
        (
            "Bostäder för unga Det byggs för lite i storstäderna.",
            ["Bostäder för unga", "Det byggs för lite i storstäderna."],
        ),
        (
            "Inledning Man kan se saken på två sätt.",
            ["Inledning", "Man kan se saken på två sätt."],
        ),
        (
            "Vård i hemmet När barnen blir sjuka stannar föräldrarna hemma.",
            ["Vård i hemmet", "När barnen blir sjuka stannar föräldrarna hemma."],
        ),
        (
            "Barnomsorgen i kommunerna I dag går nio av tio barn i förskola.",
            ["Barnomsorgen i kommunerna", "I dag går nio av tio barn i förskola."],
        ),
        (
            "Skatter och avgifter Genom skatterna betalar vi för vården.",
            ["Skatter och avgifter", "Genom skatterna betalar vi för vården."],
        ),
        # ... but not a title or a name that starts with such a word
        ("Programledaren för På spåret var nöjd.", ["Programledaren för På spåret var nöjd."]),
        ("Han talade om Det goda samhället.", ["Han talade om Det goda samhället."]),
        (
            "Hon hyllades för filmen Om det oändliga i Venedig.",
            ["Hon hyllades för filmen Om det oändliga i Venedig."],
        ),
        ("Barnboken Efter regnet sålde bäst.", ["Barnboken Efter regnet sålde bäst."]),
        ("Gruppen Vi som älskar skolan växer.", ["Gruppen Vi som älskar skolan växer."]),
        ("I think I can win.", ["I think I can win."]),
        ("Migrants crossing the Med are at risk.", ["Migrants crossing the Med are at risk."]),
        (
            "I filmen Det sjunde inseglet spelar en riddare schack.",
            ["I filmen Det sjunde inseglet spelar en riddare schack."],
        ),
        ("The film Men in Black was a hit.", ["The film Men in Black was a hit."]),
        ("The Isle of Man has a parliament.", ["The Isle of Man has a parliament."]),
        ("Oscar De la Hoya won the fight.", ["Oscar De la Hoya won the fight."]),
        ("Vases from the Han dynasty were sold.", ["Vases from the Han dynasty were sold."]),
        (
            "Föreningen Vi Föräldrar kritiserar förslaget.",
            ["Föreningen Vi Föräldrar kritiserar förslaget."],
        ),
        # ... nor deep inside a long sentence, or after a comma
        (
            "Enligt forskarna som har följt utvecklingen i flera decennier och i många länder"
            " och på många olika sätt Det finns inget svar.",
            [
                "Enligt forskarna som har följt utvecklingen i flera decennier och i många"
                " länder och på många olika sätt Det finns inget svar."
            ],
        ),
        ("Han sa, tyst Vi kan inte.", ["Han sa, tyst Vi kan inte."]),
    ],
)
def test_a_run_in_heading_is_cut_off_the_sentence_after_it(text, expected):
    assert sentences(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a footnote number after a sentence end belongs to that sentence ...
        (
            "Kostnaderna steg kraftigt. 7 Se tabellen nedan.",
            ["Kostnaderna steg kraftigt. 7", "Se tabellen nedan."],
        ),
        (
            "Kostnaderna steg kraftigt. 7 7. Se Berg: Kommunal ekonomi.",
            ["Kostnaderna steg kraftigt. 7", "7. Se Berg: Kommunal ekonomi."],
        ),
        ("Kostnaderna steg kraftigt. 7", ["Kostnaderna steg kraftigt. 7"]),
        # ... but a number that starts the next sentence stays there
        (
            "Sverige vann med 3–1. 2 000 personer såg matchen.",
            ["Sverige vann med 3–1.", "2 000 personer såg matchen."],
        ),
        ("Det hände 2019. 12 personer skadades.", ["Det hände 2019.", "12 personer skadades."]),
        ("Priset steg med 12. Det var väntat.", ["Priset steg med 12.", "Det var väntat."]),
    ],
)
def test_footnote_numbers_stay_with_the_sentence_they_annotate(text, expected):
    assert sentences(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Regeringen lovar två saker. 1. Skatten sänks. 2. Pensionerna höjs.",
            ["Regeringen lovar två saker.", "1. Skatten sänks.", "2. Pensionerna höjs."],
        ),
        (
            "Regeringen lovar följande: 1. Skatten sänks. 2. Pensionerna höjs.",
            ["Regeringen lovar följande:", "1. Skatten sänks.", "2. Pensionerna höjs."],
        ),
        ("IV. Resultat och slutsatser finns nedan.", ["IV. Resultat och slutsatser finns nedan."]),
        ("The plan has two parts. 2. Taxes rise.", ["The plan has two parts.", "2. Taxes rise."]),
    ],
)
def test_a_list_marker_opens_the_sentence_after_it(text, expected):
    assert sentences(text) == expected
