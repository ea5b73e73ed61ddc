"""Build the freshness corpus: pages/*.html and manifest.json.

Run ``python tests/freshness_corpus/build.py`` after editing a case. Each case
reproduces a phrasing used on public agency pages (the ``style`` field names
the kind of site it imitates) inside realistic chrome (see chrome.py).

kinds: ``labelled`` (a visible label gives the date), ``structured`` (only
metadata gives it), ``distractor`` (dates that are not the review date;
``expected`` is null, or the real date when the page also has a real label).
"""
from __future__ import annotations

import json
import sys
from pathlib import Path

HERE = Path(__file__).parent
sys.path.insert(0, str(HERE))
from chrome import page  # noqa: E402

CASES: list[dict] = []


def case(cid, kind, region, lang, style, expected, body="", *, foot="", top="", head="", news=None, due=None,
         title="Apply for assistance"):
    if news is None:  # a dated "Recent news" sidebar on every third page, as on many agency templates
        news = len(CASES) % 3 == 0
    CASES.append({"id": cid, "kind": kind, "region": region, "lang": lang, "style": style, "expected": expected,
                  "next_review_due": due, "news_sidebar": news,
                  "html": page(region, lang, title, body, foot=foot, top=top, head=head, news=news)})


L, S, D = "labelled", "structured", "distractor"

# ------------------------------------------------------------------ United States
case("us-cdc", L, "us", "en", "CDC", "2023-03-03",
     '<div class="syndicate"><p class="content-source">Content source: <a href="/ncird/">National Center for '
     'Immunization and Respiratory Diseases</a></p><p class="last-reviewed">Page last reviewed: March 3, 2023</p></div>')
case("us-ice", L, "us", "en", "ICE", "2017-09-26", foot='<div class="last-updated">Last Reviewed/Updated: 09/26/2017</div>')
case("us-usagov", L, "us", "en", "USA.gov", "2023-11-21",
     '<p class="usa-last-updated">LAST UPDATED: <time datetime="2023-11-21">November 21, 2023</time></p>')
case("us-irs", L, "us", "en", "IRS", "2024-02-12", '<div class="pup-date">Page Last Reviewed or Updated: 12-Feb-2024</div>')
case("us-nih", L, "us", "en", "NIH", "2023-10-19", '<p class="last-reviewed">This page last reviewed on October 19, 2023</p>')
case("us-hhs", L, "us", "en", "HHS", "2024-03-12",
     '<div class="content-meta"><p>Content created by Office of the Assistant Secretary for Public Affairs (ASPA)</p>'
     '<p>Content last reviewed March 12, 2024</p></div>', news=False)
case("us-fda", L, "us", "en", "FDA", "2024-03-15",
     '<div class="content-date"><p class="small">Content current as of:</p><p><time datetime="2024-03-15T11:04:39Z">'
     '03/15/2024</time></p></div>')
case("us-dhs", L, "us", "en", "DHS", "2024-02-27", '<div class="field--name-changed">Last Updated: 02/27/2024</div>')
case("us-nasa", L, "us", "en", "NASA", "2024-03-05",
     '<dl class="page-meta"><dd>Page Last Updated: Mar 5, 2024</dd><dd>Page Editor: J. Smith</dd><dd>Responsible '
     'Official: A. Jones</dd></dl>')
case("us-epa", L, "us", "en", "EPA", "2024-03-04", '<p class="last-updated">Last updated on March 4, 2024</p>')
case("us-nps", L, "us", "en", "NPS", "2024-04-09", foot='<p>Last updated: April 9, 2024</p>')
case("us-cms", L, "us", "en", "CMS", "2023-09-06", '<p class="page-last-modified">Page Last Modified: 09/06/2023 08:51 AM</p>')
case("us-census", L, "us", "en", "Census", "2023-09-14", '<div class="uscb-last-revised">Page Last Revised - September 14, 2023</div>')
case("us-bls", L, "us", "en", "BLS", "2024-02-07", foot='<p>Last Modified Date: February 07, 2024</p>')
case("us-gsa", L, "us", "en", "GSA", "2024-01-11", '<p class="usa-prose">Last Reviewed: 2024-01-11</p>')
case("us-uscis", L, "us", "en", "USCIS", "2024-03-12", '<div class="page-date">Last Reviewed/Updated:<br>03/12/2024</div>')
case("us-va", L, "us", "en", "VA.gov", "2024-03-05",
     '<div class="last-updated">Last updated: <time datetime="2024-03-05">March 5, 2024</time></div>')
case("us-nist", L, "us", "en", "NIST", "2023-06-05", top='<div class="nist-dates">Created September 21, 2016, '
     'Updated June 5, 2023</div>')
case("us-fema", L, "us", "en", "FEMA", "2023-09-03", '<p>Last updated Sept. 3, 2023</p>')
case("us-state", L, "us", "en", "state portal (SharePoint)", "2024-03-05",
     foot='<span id="lastModified">Last Modified: 3/5/2024 10:15:22 AM</span>')
case("us-usda", L, "us", "en", "USDA", "2024-03-05", '<p class="date">Last Modified: Tuesday, March 5th, 2024</p>')
case("us-county", L, "us", "en", "county site", "2024-03-05", '<p><em>This page was last updated on 3/5/24.</em></p>')
case("us-dol", L, "us", "en", "DOL", "2024-01-23", '<div class="revised"><strong>Revised:</strong> January 23, 2024</div>')
case("us-army", L, "us", "en", "DoD", "2024-01-24", foot='<p>Date Last Updated: 1/24/2024</p>')
case("us-ed", L, "us", "en", "ED.gov", "2023-10-31", '<p class="last-modified">Last Modified: 10/31/2023 (cc)</p>')
case("us-nws", L, "us", "en", "weather.gov", "2024-03-01", foot='<p>Page last modified: March 1st 2024 4:15 PM</p>')
case("us-medline", L, "us", "en", "MedlinePlus", "2023-11-15",
     '<p>Reviewed by: Medical Editorial Board</p><p>Reviewed: 11/15/2023</p>')
case("us-multi", L, "us", "en", "agency with two labels", "2023-08-14",
     '<p>Last reviewed: January 5, 2022</p>', foot='<p>Last updated: August 14, 2023</p>')
case("us-split", L, "us", "en", "Drupal field", "2023-07-19",
     '<div class="field"><span class="field-label">Page Last Updated</span> <span class="field-item">07/19/2023</span></div>')
case("us-dhs-published", L, "us", "en", "DHS.gov", "2021-10-27",
     '<div class="last-published">Last Published Date: October 27, 2021</div><h2>News &amp; Updates</h2>'
     '<ul><li><span>Nov 29</span> Implementation of the guidelines begins.</li><li><span>Oct 27</span> New policy '
     'on protected areas issued.</li></ul>')
case("au-ag", L, "au", "en-AU", "ag.gov.au", "2024-03-05",
     top='<dl class="page-dates"><dt>Publication date</dt><dd>12 March 2021</dd><dt>Last updated</dt>'
     '<dd>5 March 2024</dd></dl>')
case("uk-page-content", L, "uk", "en-GB", "NHS trust CMS", "2024-03-05",
     foot='<p class="page-meta">Page content last updated: 5 March 2024</p>')
case("us-row-table", L, "us", "en", "state agency page-info table", "2024-03-05",
     '<table class="page-info"><tr><th>Owner</th><td>Office of Communications</td></tr><tr><th>Last updated</th>'
     '<td>March 5, 2024</td></tr></table>')
case("au-numeric-month", L, "au", "en-AU", "local council (month/year)", "2024-03-01",
     '<p class="review">Last reviewed: 03/2024</p>')
case("us-weekday", L, "us", "en", "state agency", "2023-12-04",
     '<p class="updated">Updated: Monday, December 4, 2023 - 3:12pm</p>')

# ------------------------------------------------------------------ United Kingdom and Ireland
case("uk-govuk-meta", L, "uk", "en-GB", "GOV.UK metadata", "2023-10-03",
     top='<dl class="gem-c-metadata__list"><dt class="gem-c-metadata__term">From:</dt><dd><a href="/dps">Department for '
     'Public Services</a></dd><dt class="gem-c-metadata__term">Published</dt><dd class="gem-c-metadata__definition">12 March '
     '2020</dd><dt class="gem-c-metadata__term">Last updated</dt><dd class="gem-c-metadata__definition">3 October 2023 '
     '<a href="#full-publication-update-history">&mdash; See all updates</a></dd></dl>')
case("uk-govuk-bottom", L, "uk", "en-GB", "GOV.UK published dates", "2024-02-14",
     '<div class="app-c-published-dates"><p>Published 5 May 2021<br>Last updated 14 February 2024 '
     '<a href="#history">+ show all updates</a></p></div>')
case("uk-nhs", L, "uk", "en-GB", "NHS review dates", "2021-03-15",
     '<p class="nhsuk-body-s nhsuk-u-secondary-text-color">Page last reviewed: 15 March 2021<br>Next review due: '
     '15 March 2024</p>', due="2024-03-15")
case("uk-nhs-numeric", L, "uk", "en-GB", "NHS trust", "2023-05-12", '<p>Page last reviewed: 12/05/2023</p>')
case("uk-council", L, "uk", "en-GB", "local council", "2024-02-14", foot='<p class="last-updated">Last updated: 14/02/2024</p>')
case("uk-scot", L, "uk", "en-GB", "gov.scot", "2023-11-07",
     top='<div class="publication-info"><p>First published: 5 Mar 2020</p><p>Last updated: 7 Nov 2023</p></div>')
case("uk-wales", L, "uk", "en-GB", "gov.wales", "2024-04-05",
     top='<div class="meta">First published: 3 March 2020<br>Last updated: 5 April 2024</div>')
case("uk-parliament", L, "uk", "en-GB", "Parliament", "2024-01-22", '<p>Page last updated: 22nd January 2024</p>')
case("uk-nidirect", L, "uk", "en-GB", "nidirect", "2024-02-08",
     '<p class="date">This page was last updated on Thursday 8 February 2024</p>')
case("ie-hse", L, "uk", "en-IE", "HSE (month and year)", "2023-08-01", '<p>Updated: August 2023</p>')
case("uk-police", L, "uk", "en-GB", "police force", "2024-03-05", foot='<p>Last Modified: 05/03/2024</p>')
case("uk-nhs-2", L, "uk", "en-GB", "NHS review dates", "2023-01-02",
     '<p>Page last reviewed: 2 Jan 2023<br>Next review due: 2 Jan 2024</p>', due="2024-01-02")

# ------------------------------------------------------------------ Canada
case("ca-canada", L, "ca", "en-CA", "Canada.ca", "2024-01-15",
     '<section class="pagedetails"><dl id="wb-dtmd"><dt>Date modified: </dt><dd><time property="dateModified">'
     '2024-01-15</time></dd></dl></section>')
case("ca-canada-fr", L, "ca", "fr-CA", "Canada.ca (français)", "2024-02-01",
     '<section class="pagedetails"><dl id="wb-dtmd"><dt>Date de modification :</dt><dd><time property="dateModified">'
     '2024-02-01</time></dd></dl></section>', title="Demander une prestation")
case("ca-ontario", L, "ca", "en-CA", "Ontario.ca", "2024-03-05",
     '<div class="page-dates"><p>Updated: March 05, 2024<br>Published: April 20, 2020</p></div>')
case("ca-bc", L, "ca", "en-CA", "gov.bc.ca", "2023-05-18", '<p id="last-updated">Last updated on May 18, 2023</p>')
case("ca-quebec", L, "ca", "fr-CA", "Québec.ca", "2024-03-05", '<p class="date-maj">Dernière mise à jour : 5 mars 2024</p>')
case("ca-alberta", L, "ca", "en-CA", "alberta.ca", "2023-12-14", foot='<p>Last updated: 2023-12-14</p>')

# ------------------------------------------------------------------ Australia
case("au-health", L, "au", "en-AU", "health.gov.au", "2024-03-07",
     '<div class="au-page-meta"><dl><dt>Date last updated:</dt><dd>7 March 2024</dd></dl></div>')
case("au-services", L, "au", "en-AU", "Services Australia", "2023-05-12", '<p>Page last updated: 12 May 2023</p>')
case("au-ato", L, "au", "en-AU", "ATO", "2023-06-30",
     '<div class="last-modified"><p>Last modified: 30 Jun 2023</p><p>QC 54321</p></div>')
case("au-nsw", L, "au", "en-AU", "NSW Government", "2024-03-05", '<p class="nsw-last-updated">Last updated: 05/03/2024</p>')
case("au-qld", L, "au", "en-AU", "Queensland Government", "2024-02-20",
     foot='<ul class="qg-content-footer"><li>Last updated: 12 February 2024</li><li>Last reviewed: 20 February 2024</li></ul>')
case("au-act", L, "au", "en-AU", "ACT Government", "2024-03-05", '<p>Page last updated 05 Mar 2024</p>')
case("au-vic", L, "au", "en-AU", "Victoria", "2024-04-03", '<div class="rpl-updated-date">Updated 3 April 2024</div>')

# ------------------------------------------------------------------ Spanish
case("es-gob", L, "es", "es", "Gobierno de España", "2021-03-12", '<p class="fecha">Última actualización: 12/03/2021</p>',
     title="Solicitud de ayudas")
case("es-usagov", L, "us", "es", "USAGov en español", "2024-03-05", '<p>Última actualización: 5 de marzo de 2024</p>',
     title="Beneficios del gobierno")
case("es-cdc", L, "us", "es", "CDC en español", "2023-03-03", '<p>Última revisión de la página: 3 de marzo de 2023</p>',
     title="Vacunas")
case("es-irs", L, "us", "es", "IRS en español", "2024-02-12", '<div>Página revisada o actualizada: 12-feb.-2024</div>',
     title="Impuestos")
case("es-ministerio", L, "es", "es", "ministerio", "2024-03-05", foot='<p>Fecha de actualización: 05/03/2024</p>')
case("es-latam", L, "es", "es-MX", "gobierno estatal", "2024-02-14", '<p>Actualizado el 14 de febrero de 2024</p>')
case("es-ice", L, "us", "es", "ICE en español", "2023-09-06", foot='<p>Página actualizada o revisada: 06/09/2023</p>')
case("es-mod", L, "es", "es", "ayuntamiento", "2024-03-05", '<p>Última modificación: 05-03-2024</p>')

# ------------------------------------------------------------------ French
case("fr-sp", L, "fr", "fr", "service-public.fr", "2024-01-01",
     top='<p class="fr-text--sm">Vérifié le 01 janvier 2024 - Direction de l\'information légale et administrative '
     '(Premier ministre)</p>', title="Carte grise")
case("fr-maj", L, "fr", "fr", "préfecture", "2024-01-05", '<p>Mis à jour le 5 janvier 2024</p>')
case("fr-eco", L, "fr", "fr", "economie.gouv.fr", "2024-03-12",
     top='<p class="date">Publié le 05/03/2024 | Mis à jour le 12/03/2024</p>')
case("fr-1er", L, "fr", "fr", "collectivité", "2024-02-01", '<p>Mise à jour : 1er février 2024</p>')
case("be-fr", L, "fr", "fr-BE", "Belgique", "2023-09-15", foot='<p>Dernière modification le 15 septembre 2023</p>')
case("ch-fr", L, "fr", "fr-CH", "admin.ch", "2024-03-05", foot='<p>Dernière modification 05.03.2024</p>')
case("fr-sept", L, "fr", "fr", "mairie", "2024-09-05", '<p><span>Modifié le : 05 sept. 2024</span></p>')
case("fr-datemaj", L, "fr", "fr", "agence régionale", "2023-11-14", '<p>Date de mise à jour : 14/11/2023</p>')
case("en-sp", L, "fr", "en", "service-public.fr (English)", "2024-07-23",
     top='<p>Verified 23 July 2024 - Directorate for Legal and Administrative Information (Prime Minister)</p>')

# ------------------------------------------------------------------ German
case("de-stand", L, "de", "de", "Bundesministerium", "2024-02-01", foot='<p>Stand: 01.02.2024</p>', title="Antrag stellen")
case("de-zuletzt", L, "de", "de", "Landesportal", "2024-03-05", '<p>Zuletzt aktualisiert am 5. März 2024</p>')
case("de-letzte", L, "de", "de", "Stadtverwaltung", "2023-11-14", '<p>Letzte Aktualisierung: 14.11.2023</p>')
case("de-stand-text", L, "de", "de", "Bundesamt", "2024-03-06", '<p class="date">Stand: 6. März 2024</p>')
case("at-jaenner", L, "de", "de-AT", "oesterreich.gv.at", "2024-01-01", '<p>Letzte Aktualisierung: 1. Jänner 2024</p>')
case("ch-de", L, "de", "de-CH", "admin.ch", "2024-03-05", foot='<p>Letzte Änderung 05.03.2024</p>')
case("de-geaendert", L, "de", "de", "Landratsamt", "2024-01-22", '<p>Zuletzt geändert: 22.01.2024</p>')
case("de-weekday", L, "de", "de", "Landesamt", "2024-03-06", '<p>Aktualisiert: Mittwoch, 6. März 2024</p>')
case("de-bund", L, "de", "de", "bund.de", "2024-02-20",
     top='<div class="c-meta"><span>Erscheinungsdatum 12.01.2023</span> <span>Stand: 20.02.2024</span></div>')

# ------------------------------------------------------------------ structured metadata only
case("meta-article", S, "us", "en", "article:modified_time", "2024-02-01", "<p>Apply online or by mail.</p>",
     head='<meta property="article:published_time" content="2020-05-01T10:00:00+00:00">\n'
          '<meta property="article:modified_time" content="2024-02-01T10:00:00+00:00">')
case("meta-og", S, "uk", "en-GB", "og:updated_time", "2023-06-15", "",
     head='<meta property="og:updated_time" content="2023-06-15T08:30:00+01:00">')
case("meta-dcterms", S, "ca", "en-CA", "dcterms.modified (Canada.ca)", "2024-01-15", "",
     head='<meta name="dcterms.issued" title="W3CDTF" content="2019-03-01">\n'
          '<meta name="dcterms.modified" title="W3CDTF" content="2024-01-15">')
case("meta-dc", S, "au", "en-AU", "DC.Date.Modified (AGLS)", "2023-04-04", "",
     head='<meta name="DC.Date.Created" content="2018-02-02">\n<meta name="DC.Date.Modified" content="2023-04-04">')
case("jsonld-webpage", S, "us", "en", "JSON-LD WebPage", "2024-03-01", "",
     head='<script type="application/ld+json">{"@context": "https://schema.org", "@type": "WebPage", "name": "Apply", '
          '"datePublished": "2019-01-10T09:00:00Z", "dateModified": "2024-03-01T09:00:00Z"}</script>')
case("jsonld-graph", S, "uk", "en-GB", "JSON-LD @graph (Yoast)", "2023-12-12", "",
     head='<script type="application/ld+json">{"@context": "https://schema.org", "@graph": [{"@type": "Organization", '
          '"name": "Department"}, {"@type": "WebPage", "@id": "https://example.gov/apply/", "datePublished": '
          '"2020-01-01T00:00:00+00:00", "dateModified": "2023-12-12T14:00:00+00:00"}]}</script>')
case("micro-meta", S, "us", "en", "microdata meta", "2023-12-01",
     '<div itemscope itemtype="https://schema.org/WebPage"><meta itemprop="dateModified" content="2023-12-01">'
     '<p>Apply online.</p></div>')
case("micro-lastreviewed", S, "au", "en-AU", "microdata lastReviewed", "2023-08-08",
     '<div itemscope itemtype="https://schema.org/MedicalWebPage"><p>Reviewed <time itemprop="lastReviewed" '
     'datetime="2023-08-08">this year</time></p></div>')
case("text-beats-meta", S, "us", "en", "label wins over CMS metadata", "2019-06-05",
     '<p>Last updated: June 5, 2019</p>', head='<meta property="article:modified_time" content="2024-05-01T00:00:00Z">')

# ------------------------------------------------------------------ distractors
case("d-copyright", D, "us", "en", "copyright lines", None,
     '<p>For questions, call us.</p>', foot='<p>Copyright &copy; 2009-2024 All rights reserved.</p>')
case("d-news-list", D, "us", "en", "news listing", None,
     '<ul class="press"><li><a href="/news/a">Agency awards $2M in grants</a><p>Posted March 3, 2024</p></li>'
     '<li><a href="/news/b">New office opens</a><p>Published: 05/03/2024</p></li><li><a href="/news/c">Report released'
     '</a><p>Posted February 14, 2024</p></li></ul>', title="Newsroom")
case("d-meeting", D, "us", "en", "meeting page", None,
     '<p><strong>Meeting date:</strong> March 5, 2024, 10:00 a.m. &ndash; 12:00 p.m. ET</p><p>Location: Room 101</p>',
     title="Advisory Committee Meeting")
case("d-hearing", D, "us", "en", "hearing notice", None,
     '<h2>Public Hearing</h2><p>Date: April 3, 2024</p><p>Time: 10:00 AM EDT</p>', title="Public Hearing")
case("d-effective", D, "us", "en", "policy with effective dates", None,
     '<p>Effective Date: 01/01/2024</p><p>Expiration Date: 12/31/2025</p>', title="Travel Policy")
case("d-filing", D, "us", "en", "Federal Register stamp", None,
     '<p>[FR Doc. 2024-04567 Filed 3-4-24; 8:45 am]</p><p>Received: 2024-03-05</p>', title="Notice")
case("d-next-review", D, "uk", "en-GB", "next review due only", None,
     '<p>Next review due: 1 March 2025</p>', due="2025-03-01")
case("d-running-text", D, "us", "en", "dates in running text", None,
     '<p>On March 3, 2023, the agency last updated its guidance on emergency grants.</p><p>The rule was updated on June 5, '
     '2020 and remains in effect.</p>', title="History of the program")
case("d-url-dates", D, "us", "en", "dates in URLs", None,
     '<ul><li><a href="/news/2024/03/05/update">Program update</a></li><li><a href="/media/2023-11-02-report.pdf">Annual '
     'report (PDF)</a></li><li><a href="/events?date=2024-03-05">Events</a></li></ul>', news=False)
case("d-govuk-published", D, "uk", "en-GB", "GOV.UK published only", None,
     top='<dl class="gem-c-metadata__list"><dt>Published</dt><dd>5 May 2022</dd></dl>')
case("d-created", D, "au", "en-AU", "date created", None, '<p>Date created: 14 June 2021</p>')
case("d-press", D, "us", "en", "press release", None,
     '<p class="release-date">Release Date: March 5, 2024</p><p>For Immediate Release</p>', title="Press Release")
case("d-es-published", D, "es", "es", "fecha de publicación", None, '<p>Fecha de publicación: 05/03/2024</p>')
case("d-fr-published", D, "fr", "fr", "publié le", None, '<p>Publié le 5 mars 2024</p>')
case("d-de-published", D, "de", "de", "veröffentlicht am", None,
     '<p>Veröffentlicht am 05.03.2024</p><p>Erstellt am 01.02.2024</p>')
case("d-events-es-fr", D, "es", "es", "fechas de eventos", None,
     '<p>Fecha del evento: 12 de abril de 2024</p><p lang="fr">Date de l\'événement : 12 avril 2024</p>')
case("d-tbd", D, "us", "en", "label without a date", None, '<p>Last updated: TBD</p>')
case("d-lone-year", D, "us", "en", "label with a lone year", None, '<p>Last updated: 2019</p>')
case("d-updated-guidance", D, "us", "en", "'Updated' starting a sentence", None,
     '<p>Updated guidance on flu vaccines was released on March 3, 2024.</p>')
case("d-doc-table", D, "us", "en", "document table", None,
     '<table><tr><th>Document</th><th>Last updated</th></tr><tr><td>Form A</td><td>03/05/2024</td></tr><tr><td>Form B'
     '</td><td>01/12/2023</td></tr></table>', title="Forms")
case("d-search-results", D, "uk", "en-GB", "GOV.UK finder results", None,
     '<ul class="finder-results"><li><a href="/guidance/a">Guidance A</a><p>Updated: 5 March 2024</p></li><li><a '
     'href="/guidance/b">Guidance B</a><p>Updated: 2 February 2024</p></li><li><a href="/guidance/c">Guidance C</a>'
     '<p>Updated: 8 January 2024</p></li></ul>', title="Search results")
case("d-comments", D, "us", "en", "blog comments", None,
     '<div class="comment"><p class="meta">Posted on March 5, 2024 at 3:15 pm</p><p>Thanks for this.</p></div>',
     title="Blog")
case("d-calendar", D, "us", "en", "calendar widget", None,
     '<table class="calendar"><caption>March 2024</caption><tr><th>Su</th><th>Mo</th></tr><tr><td>3</td><td>4</td></tr>'
     '</table>', title="Events calendar")
case("d-session", D, "us", "en", "session dates", None, '<p>Session dates: January 8 &ndash; March 8, 2024</p>')
case("d-deadline", D, "au", "en-AU", "deadlines", None,
     '<p>Applications close 5 March 2024.</p><p>Comment period ends: 04/05/2024</p>')
case("d-jsonld-published", D, "us", "en", "JSON-LD datePublished only", None, "",
     head='<script type="application/ld+json">{"@type": "NewsArticle", "datePublished": "2024-03-05T09:00:00Z"}</script>')
case("d-meta-published", D, "uk", "en-GB", "article:published_time only", None, "",
     head='<meta property="article:published_time" content="2024-03-05T09:00:00Z">')
case("d-script-template", D, "us", "en", "dates in script and template", None,
     '<script>var lastUpdated = "2024-03-05";</script><template><p>Last updated: 01/01/2020</p></template>')
case("d-hidden", D, "us", "en", "hidden label", None, '<div hidden><p>Last updated: 01/01/2020</p></div>')
case("d-dc-date", D, "au", "en-AU", "DC.date / dcterms.issued", None, "",
     head='<meta name="DC.date" content="2021-03-05">\n<meta name="dcterms.issued" content="2021-03-05">')
case("d-cards-plus-real", D, "us", "en", "news cards with labels + real footer", "2022-06-01",
     '<div class="cards"><article class="card"><h3>Storm recovery</h3><p>Last updated: March 5, 2024</p></article>'
     '<article class="card"><h3>Flood maps</h3><p>Last updated: February 1, 2024</p></article></div>',
     foot='<p>Page last reviewed: June 1, 2022</p>')
case("d-busy-footer", D, "uk", "en-GB", "busy footer + real label", "2023-02-14",
     '<p>Posted 2 March 2024 by the press office.</p>', foot='<p>Last updated: 14 February 2023</p>')
case("d-reviewed-by", D, "us", "en", "reviewed by (no date)", None, '<p>Medically reviewed by Dr. Jane Roe, MD</p>')
case("d-amended", D, "uk", "en-GB", "amended in running text", None,
     '<p>Section 5 was last amended on 12 March 2019 by the Public Services Act.</p>')
case("d-de-termin", D, "de", "de", "Termin und Anmeldeschluss", None,
     '<p>Termin: 12.04.2024, 10:00 Uhr</p><p>Anmeldeschluss: 01.04.2024</p>')
case("d-fr-vigueur", D, "fr", "fr", "date limite, entrée en vigueur", None,
     '<p>Date limite de dépôt : 15/04/2024</p><p>Entrée en vigueur le 1er janvier 2024</p>')
case("d-es-vigente", D, "es", "es", "vigente desde", None, '<p>Vigente desde: 01/01/2024</p><p>Plazo: 30/06/2024</p>')
case("d-de-stand-der", D, "de", "de", "Erklärung zur Barrierefreiheit", None,
     '<h2>Stand der Vereinbarkeit mit den Anforderungen</h2><p>Die Überprüfung der Einhaltung der Anforderungen '
     'beruht auf einem im September 2024 durchgeführten BITV-Test.</p>', title="Erklärung zur Barrierefreiheit")
case("d-superseded", D, "au", "en-AU", "legislation register", None,
     '<p>In force</p><p>Superseded version</p><p>C2017C00300 20 September 2017 - 24 August 2018</p>',
     title="Legislation Act 2003")
case("d-news-cards-div", D, "us", "en", "news cards (divs) with labels + real footer", "2022-06-01",
     '<div class="cards">' + "".join(f'<div class="news-card"><h3><a href="/news/{i}">Item {i}</a></h3><p>Last '
     f'updated: March {i}, 2024</p></div>' for i in range(2, 6)) + '</div>', foot='<p>Last updated: June 1, 2022</p>')
case("d-linked-updates", D, "us", "en", "recently updated links", None,
     '<nav aria-label="Recently updated"><h2>Recently updated</h2><ul><li><a href="/forms/1040/">Form 1040 '
     'instructions &ndash; Updated March 5, 2024</a></li></ul></nav><p><a href="/guidance/">Guidance updated '
     'February 2, 2024</a></p>')
case("d-micro-list", D, "us", "en", "microdata in listed items", None,
     '<ul><li itemscope itemtype="https://schema.org/Article"><a href="/a">A</a> <span itemprop="dateModified">2024-03-05'
     '</span></li><li itemscope itemtype="https://schema.org/Article"><a href="/b">B</a> <span itemprop="dateModified">'
     '2024-02-01</span></li></ul>', title="Articles")


def main() -> None:
    pages = HERE / "pages"
    pages.mkdir(exist_ok=True)
    for old in pages.glob("*.html"):
        old.unlink()
    manifest = []
    for item in CASES:
        name = f"{item['id']}.html"
        (pages / name).write_text(item["html"], encoding="utf-8")
        manifest.append({k: item[k] for k in ("id", "kind", "region", "lang", "style", "expected", "next_review_due",
                                                   "news_sidebar")}
                        | {"file": f"pages/{name}"})
    (HERE / "manifest.json").write_text(json.dumps(manifest, indent=1, ensure_ascii=False) + "\n", encoding="utf-8")
    kinds = {k: sum(1 for m in manifest if m["kind"] == k) for k in ("labelled", "structured", "distractor")}
    print(f"{len(manifest)} cases: {kinds}")


if __name__ == "__main__":
    main()
