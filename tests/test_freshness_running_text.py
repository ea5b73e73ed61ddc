"""Labels wherever people write them: inside running text, and never joined to a neighbouring element's words."""
from __future__ import annotations

import datetime as dt
import itertools

import pytest

from audits.freshness import extract_review_date

MARCH_3 = dt.date(2024, 3, 3)


def page(body: str, lang: str = "en") -> str:
    return (f'<!DOCTYPE html><html lang="{lang}"><head><meta charset="utf-8"><title>T</title></head>'
            f'<body><main>{body}</main><footer><p>&copy; 2025 Agency</p></footer></body></html>')


def found(body: str, lang: str = "en"):
    return extract_review_date(page(body, lang))


def date_of(body: str, lang: str = "en"):
    result = found(body, lang)
    return result.date if result else None


@pytest.mark.parametrize("body, lang", [
    # a footer flattened onto one line: other links' words before the label, more after it
    ("<p>Contact us Privacy Accessibility Last updated: 3 March 2024 Sitemap Copyright</p>", "en"),
    ("<p>Contact us Privacy Accessibility Last updated 3 March 2024 Sitemap</p>", "en"),
    ("<div>Help and feedback Page last reviewed: 3 March 2024 Next review due: 3 March 2026</div>", "en-GB"),
    ("<p>Freedom of information Accessibility Reviewed: 3 March 2024 Terms of use</p>", "en"),
    # a label in the middle of a paragraph, sentences before and after it
    ("<p>We check this service every year Content last reviewed March 3, 2024 and we welcome feedback.</p>", "en"),
    ("<p>We review our pages every year. Last reviewed: 3 March 2024. Contact us with questions.</p>", "en"),
    ("<p>Page address: https://www.agency.example.gov/permits. Last updated: 3 March 2024.</p>", "en"),
    # a sentence about the page itself
    ("<p>Thank you for visiting. This page was revised on 3 March 2024. Call us if you need help.</p>", "en"),
    ("<p>If anything is unclear call us, and note that this page was last updated on 3 March 2024.</p>", "en"),
    ("<p>Questions are welcome and the page was reviewed on March 3, 2024 by our staff.</p>", "en"),
    ("<p>This information has been checked for accuracy on 3 March 2024.</p>", "en"),
    ("<p>Call us for help. The information on this page is correct as at 3 March 2024.</p>", "en-AU"),
    ("<p>Call us for help and note this page is current as of March 3, 2024.</p>", "en"),
    ("<p>Thank you for your feedback. We last reviewed this page on 3 March 2024.</p>", "en-GB"),
    ("<p>Questions? Call us. This information was last updated in March 2024.</p>", "en"),
    ("<p>Posted 1 February 2024, updated 3 March 2024</p>", "en"),
    ("<p>Merci de votre visite et cette page a été mise à jour le 3 mars 2024 par nos services.</p>", "fr"),
    ("<p>Gracias por su visita y esta página fue actualizada el 3 de marzo de 2024.</p>", "es"),
])
def test_labels_inside_running_text(body, lang):
    assert date_of(body, lang) in (MARCH_3, dt.date(2024, 3, 1)), body  # "in March 2024": the first


@pytest.mark.parametrize("body", [
    # prose about other things: events, effective dates, decisions, consultations
    "<p>The consultation was updated on 3 March 2024 to include new questions.</p>",
    "<p>The rule is effective on 3 March 2024 and the agency last updated its guidance on 5 March 2024.</p>",
    "<p>At the meeting the board reviewed on 3 March 2024 the budget for next year.</p>",
    "<p>Residents who updated their records on 3 March 2024 do not need to apply again.</p>",
    "<p>The guide was updated on 3 March 2024 after the hearing.</p>",
    # citations and source notes of regulations
    "<p>Regulation 2016/679 of the European Parliament, last amended on 3 March 2024, applies here.</p>",
    "<p>Source: Privacy Act 1988 (Cth), Last amended: 3 March 2024.</p>",
    "<p>[Amended at 48 Ill. Reg. 1234, effective March 3, 2024; last amended 3 March 2024]</p>",
    "<ol><li>Department of Health. Diabetes guide. Last updated: 3 March 2024. Retrieved from "
    "https://health.example.gov/diabetes</li></ol>",
    "<p>National Institute. Fact sheet, Last reviewed: 3 March 2024. Accessed 5 April 2024.</p>",
    # a label in running text without its date is no missing-date label
    "<p>Our team Last updated: see the table below for each form.</p>",
])
def test_prose_not_about_the_page_gives_no_date(body):
    assert found(body) is None, body


def test_a_lower_case_label_mid_sentence_is_still_not_a_label():
    assert date_of("<p>The model used figures last updated 3 March 2024 by the bureau.</p>") is None
    assert date_of("<p>In 2020, last updated guidance said March 3, 2024 was fine.</p>") is None


# ---------------------------------------------------------------- neighbours never join the label

# What comes before the label: a link ending the paragraph before it, list items, headings, table cells,
# inline spans and links in the same paragraph, a <nav>, a flattened line. Their last words ("policy", "guide",
# "data", "content", "information", "report", "page") are words that a label may start with.
NEIGHBOURS = [
    '<p>Read our <a href="/privacy">Privacy policy</a></p>{label}',
    '<p>See the <a href="/guide">Publishing guide</a></p>{label}',
    '<p>See the <a href="/guide">Publishing guide</a>.</p>{label}',
    '<ul><li><a href="/a">Accessibility</a></li><li><a href="/c">Content policy</a></li></ul>{label}',
    '<ul><li>Open data</li></ul>{label}',
    '<div class="field">Site information</div>{label}',
    '<h2>Annual report</h2>{label}',
    '<table><tr><td>Web page</td></tr></table>{label}',
    '<nav><a href="/data">Data</a></nav>{label}',
    '<p>Read our <a href="/privacy">Privacy policy</a><br>{inline}</p>',
    '<p>Read our <a href="/privacy">Privacy policy</a> {inline}</p>',
    '<p><span>Annual report</span> {inline}</p>',
    '<p>Contact us Privacy policy {inline} Accessibility</p>',
    # sibling inline elements with no space between them: a CSS layout shows them apart, the text joins them
    '<div class="meta"><span class="type">Privacy policy</span><span class="date">{inline}</span></div>',
    '<div class="meta"><span>Guidance</span><span><strong>{inline}</strong></span></div>',
]
LABELS = [
    "Last reviewed: 3 March 2024",
    "Last updated 3 March 2024",
    "Page last reviewed: 3 March 2024",
    "Content last reviewed March 3, 2024",
    "Date last updated: 3 March 2024",
    "Last modified: 2024-03-03",
    "Last Reviewed/Updated: 03/03/2024",
    "This page was last updated on 3 March 2024.",
    "Reviewed: 3 March 2024",
    "Information last updated: 3 March 2024",
]


@pytest.mark.parametrize("neighbour, label", list(itertools.product(NEIGHBOURS, LABELS)))
def test_neighbouring_elements_never_join_the_label(neighbour, label):
    body = neighbour.format(label=f"<p>{label}</p>", inline=label)
    result = found(body)
    assert result is not None and result.date == MARCH_3, body
    assert result.evidence.rstrip(".") == label.rstrip("."), (body, result.evidence)


def test_words_split_by_inline_markup_stay_one_word():
    assert date_of("<p>Last up<b>dated</b>: 3 March 2024</p>") == MARCH_3
    assert date_of("<p><b>Page</b> last reviewed: 3 March 2024</p>") == MARCH_3


def test_a_label_inside_a_link_is_still_the_linked_pages():
    assert found('<p><a href="/form">Page last reviewed: 3 March 2024</a></p>') is None
    assert found('<ul><li><a href="/f">Form 1040 – Last updated: 3 March 2024</a></li></ul>') is None


@pytest.mark.parametrize("body, lang", [
    ("<p>Sist oppdatert: 3. mars 2024</p>", "nb"),
    ("<p>Først publisert: 04. februar 2008 Siste faglige endring: 3. mars 2024</p>", "nb"),
    ("<p>Senest opdateret 3. marts 2024</p>", "da"),
    ("<p>Senast uppdaterad: 3 mars 2024</p>", "sv"),
    ("<p>Tabellen Avgifter 2024 uppdaterades den 3 mars 2024.</p>", "sv"),
    ("<p>Laatst gewijzigd: 3 maart 2024</p>", "nl"),
    ("<p>De status is toegekend op basis van een eigen verklaring. Deze is voor het laatst bijgewerkt op 03-03-2024.</p>", "nl"),
    ("<p>Ultimo aggiornamento: 03/03/2024 10:07:20</p>", "it"),
    ("<p>Päivitetty 3.3.2024</p>", "fi"),
    ("<p>Última atualização: 03/03/2024</p>", "pt"),
    ("<p>Act current to 2024-03-03 and last amended on 2024-01-20.</p>", "en"),
    ("<p>Publisert 04.07.2016, Sist endra 03.03.2024</p>", "nn"),
    ("<p>Sist faglig oppdatert: 3. mars 2024</p>", "nb"),
    ("<p>Cette déclaration s’applique au site. Elle a été éditée le 03/03/2024.</p>", "fr"),
    ("<p>Innehållet publicerades under perioden 3 oktober 2014 till den 3 mars 2024</p>", "sv"),
    # a date shown inside inline code marks is still the page's
    ("<p>Last updated: <code>2024-03-03</code></p>", "en"),
])
def test_labels_in_more_languages(body, lang):
    assert date_of(body, lang) == MARCH_3


@pytest.mark.parametrize("body, lang", [
    # prose about other things: a law amended, a meeting, a decision; lower case, mid-sentence, no colon
    ("<p>Loven ble endret 1. januar 2024 etter en lang høring.</p>", "nb"),
    ("<p>Reglerna ändrades den 1 januari 2024 efter beslut i riksdagen.</p>", "sv"),
    ("<p>De regeling is gewijzigd op 1 januari 2024 door de minister.</p>", "nl"),
    ("<p>Il regolamento è stato aggiornato il 1 gennaio 2024 dal consiglio comunale.</p>", "it"),
    ("<p>Laki muutettiin ja päivitetty ohje julkaistiin 1.1.2024 ministeriössä.</p>", "fi"),
    ("<p>A lei foi atualizada em 01/01/2024 pelo congresso.</p>", "pt"),
])
def test_prose_in_more_languages_gives_no_date(body, lang):
    assert date_of(body, lang) is None


def test_a_code_example_of_the_pattern_is_not_the_pages_date():
    body = ("<p>Use review dates to let users know when a page was last checked.</p>"
            "<pre><code>&lt;p class=\"review\"&gt; Page last reviewed: 15 March 2021&lt;br&gt; "
            "Next review due: 15 March 2024 &lt;/p&gt;</code></pre>")
    result = found(body)
    assert result is None or (result.date is None and result.next_review_due is None)
