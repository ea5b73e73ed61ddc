"""Realistic page chrome for the freshness corpus: agency headers, navigation, news lists, footers.

The chrome carries the usual traps (copyright years, posted dates of news
items, dates inside URLs) so a case is never just its label.
"""
from __future__ import annotations

REGIONS = {
    "us": {
        "banner": '<section class="usa-banner" aria-label="Official website of the United States government">'
                  '<p>An official website of the United States government <button>Here\'s how you know</button></p>'
                  '</section>',
        "agency": "U.S. Department of Public Services",
        "nav": ["Home", "About Us", "Programs", "Grants", "News", "Contact Us"],
        "news_title": "Recent News",
        "news": [("Secretary announces new grant funding for rural clinics", "Posted: {d1}", "/news/2024/03/12/grant-funding"),
                 ("Agency releases annual performance report", "Posted: {d2}", "/news/2023/11/02/performance-report"),
                 ("Public comment period opens on proposed rule", "Posted: {d3}", "/news/2024/01/08/comment-period")],
        "dates": ["March 12, 2024", "November 2, 2023", "January 8, 2024"],
        "footer": '<footer class="usa-footer"><nav><a href="/foia/">FOIA</a> <a href="/privacy/">Privacy Policy</a> '
                  '<a href="/accessibility/">Accessibility</a> <a href="/no-fear-act/">No FEAR Act</a></nav>'
                  '<p>{agency} &middot; 200 Independence Avenue SW, Washington, DC 20201 &middot; 1-877-696-6775</p>'
                  '{foot}<p class="copyright">&copy; {year} {agency}</p></footer>',
    },
    "uk": {
        "banner": '<div class="govuk-header"><a href="/" class="govuk-header__link">GOV.UK</a></div>',
        "agency": "Department for Public Services",
        "nav": ["Home", "Benefits", "Business and self-employed", "Education and learning", "Health and social care"],
        "news_title": "News and communications",
        "news": [("Minister opens new regional office", "Press release, {d1}", "/government/news/2024-03-12-regional-office"),
                 ("Consultation outcome on local services", "Consultation outcome, {d2}", "/government/consultations/2023-11"),
                 ("Statistics: quarterly service data", "Official Statistics, {d3}", "/government/statistics/q4-2023")],
        "dates": ["12 March 2024", "2 November 2023", "8 January 2024"],
        "footer": '<footer class="govuk-footer"><ul><li><a href="/help">Help</a></li><li><a href="/help/cookies">Cookies</a>'
                  '</li><li><a href="/contact">Contact</a></li><li><a href="/help/accessibility-statement">Accessibility '
                  'statement</a></li></ul>{foot}<p>All content is available under the Open Government Licence v3.0, except '
                  'where otherwise stated</p><p>&copy; Crown copyright {year}</p></footer>',
    },
    "ca": {
        "banner": '<div id="wb-bnr"><img src="/gc-sig.svg" alt="Government of Canada / Gouvernement du Canada"></div>',
        "agency": "Government of Canada",
        "nav": ["Jobs", "Immigration and citizenship", "Travel and tourism", "Business", "Benefits", "Health", "Taxes"],
        "news_title": "Latest news",
        "news": [("Minister announces support for seasonal workers", "News release &middot; {d1}", "/en/news/2024/03/minister-support.html"),
                 ("Statement on National Indigenous Peoples Day", "Statement &middot; {d2}", "/en/news/2023/06/statement.html"),
                 ("Backgrounder: program changes", "Backgrounder &middot; {d3}", "/en/news/2024/01/backgrounder.html")],
        "dates": ["2024-03-12", "2023-06-21", "2024-01-08"],
        "footer": '<footer id="wb-info"><ul><li><a href="/en/social.html">Social media</a></li><li><a href="/en/mobile.html">'
                  'Mobile applications</a></li><li><a href="/en/transparency/terms.html">Terms and conditions</a></li><li>'
                  '<a href="/en/transparency/privacy.html">Privacy</a></li></ul>{foot}<p>&copy; His Majesty the King in Right '
                  'of Canada, {year}</p></footer>',
    },
    "au": {
        "banner": '<div class="au-header"><a href="/">Australian Government &ndash; Department of Public Services</a></div>',
        "agency": "Department of Public Services",
        "nav": ["Home", "Topics", "Resources", "News", "About us", "Contact"],
        "news_title": "Latest news",
        "news": [("Funding boost for regional health services", "Media release &ndash; {d1}", "/news/2024/03/funding-boost"),
                 ("New guidelines for community care providers", "News &ndash; {d2}", "/news/2023/11/guidelines"),
                 ("Have your say on the draft strategy", "Consultation &ndash; {d3}", "/news/2024/01/have-your-say")],
        "dates": ["12 March 2024", "2 November 2023", "8 January 2024"],
        "footer": '<footer class="au-footer"><p>We acknowledge the Traditional Owners and Custodians of Country throughout '
                  'Australia.</p><ul><li><a href="/privacy">Privacy</a></li><li><a href="/copyright">Copyright</a></li>'
                  '<li><a href="/accessibility">Accessibility</a></li></ul>{foot}<p>&copy; Commonwealth of Australia {year}'
                  '</p></footer>',
    },
    "es": {
        "banner": '<div class="cabecera"><a href="/">Gobierno de España &ndash; Ministerio de Servicios Públicos</a></div>',
        "agency": "Ministerio de Servicios Públicos",
        "nav": ["Inicio", "El Ministerio", "Áreas de actividad", "Prensa", "Sede electrónica", "Contacto"],
        "news_title": "Noticias",
        "news": [("El Ministerio presenta el plan anual de servicios", "{d1}", "/prensa/2024/03/12/plan-anual"),
                 ("Convocatoria de ayudas para entidades locales", "{d2}", "/prensa/2023/11/02/convocatoria"),
                 ("Nueva sede electrónica disponible", "{d3}", "/prensa/2024/01/08/sede")],
        "dates": ["12/03/2024", "02/11/2023", "08/01/2024"],
        "footer": '<footer class="pie"><ul><li><a href="/aviso-legal">Aviso legal</a></li><li><a href="/accesibilidad">'
                  'Accesibilidad</a></li><li><a href="/mapa-web">Mapa web</a></li></ul>{foot}<p>&copy; {agency} {year}</p>'
                  '</footer>',
    },
    "fr": {
        "banner": '<header class="fr-header"><p class="fr-logo">République<br>Française</p><p>Liberté Égalité Fraternité</p>'
                  '</header>',
        "agency": "Ministère des Services publics",
        "nav": ["Accueil", "Particuliers", "Professionnels", "Associations", "Actualités", "Contact"],
        "news_title": "Actualités",
        "news": [("Nouvelle aide pour les familles monoparentales", "Publié le {d1}", "/actualites/2024/03/12/aide-familles"),
                 ("Impôt sur le revenu : le calendrier 2024", "Publié le {d2}", "/actualites/2023/11/02/calendrier"),
                 ("Carte d'identité : les délais raccourcis", "Publié le {d3}", "/actualites/2024/01/08/delais")],
        "dates": ["12 mars 2024", "2 novembre 2023", "8 janvier 2024"],
        "footer": '<footer class="fr-footer"><ul><li><a href="/plan-du-site">Plan du site</a></li><li><a href="/accessibilite">'
                  'Accessibilité : partiellement conforme</a></li><li><a href="/mentions-legales">Mentions légales</a></li>'
                  '</ul>{foot}<p>&copy; {agency} {year} &ndash; Sauf mention contraire, tous les contenus de ce site sont '
                  'sous licence etalab-2.0</p></footer>',
    },
    "de": {
        "banner": '<header class="c-header"><a href="/">Bundesministerium für Öffentliche Dienste</a></header>',
        "agency": "Bundesministerium für Öffentliche Dienste",
        "nav": ["Startseite", "Themen", "Service", "Presse", "Ministerium", "Kontakt"],
        "news_title": "Aktuelles",
        "news": [("Pressemitteilung: Neues Förderprogramm startet", "{d1} &ndash; Pressemitteilung", "/presse/2024/03/12/foerderprogramm"),
                 ("Ministerin besucht Bürgerämter", "{d2} &ndash; Meldung", "/presse/2023/11/02/buergeraemter"),
                 ("Neue Regeln für Online-Anträge", "{d3} &ndash; Artikel", "/presse/2024/01/08/online-antraege")],
        "dates": ["12.03.2024", "02.11.2023", "08.01.2024"],
        "footer": '<footer class="c-footer"><ul><li><a href="/impressum">Impressum</a></li><li><a href="/datenschutz">'
                  'Datenschutz</a></li><li><a href="/barrierefreiheit">Barrierefreiheit</a></li><li><a href="/leichte-sprache">'
                  'Leichte Sprache</a></li></ul>{foot}<p>&copy; {agency} {year}</p></footer>',
    },
    "se": {
        "banner": '<header class="sv-header"><a href="/">Myndigheten för offentliga tjänster</a></header>',
        "agency": "Myndigheten för offentliga tjänster",
        "nav": ["Start", "Privatperson", "Företag", "Om myndigheten", "Press", "Kontakt"],
        "news_title": "Nyheter",
        "news": [("Nya regler för e-tjänster", "Publicerad {d1}", "/nyheter/2024/03/12/nya-regler"),
                 ("Årsredovisningen är klar", "Publicerad {d2}", "/nyheter/2023/11/02/arsredovisning"),
                 ("Ändrade öppettider i servicecenter", "Publicerad {d3}", "/nyheter/2024/01/08/oppettider")],
        "dates": ["12 mars 2024", "2 november 2023", "8 januari 2024"],
        "footer": '<footer class="sv-footer"><ul><li><a href="/om-webbplatsen/tillganglighet">Tillgänglighetsredogörelse'
                  '</a></li><li><a href="/om-webbplatsen/kakor">Kakor</a></li><li><a href="/personuppgifter">Så behandlar '
                  'vi dina personuppgifter</a></li></ul>{foot}<p>&copy; {agency} {year}</p></footer>',
    },
    "nl": {
        "banner": '<header class="rijkshuisstijl"><img src="/logo.svg" alt="Rijksoverheid"></header>',
        "agency": "Ministerie van Publieke Dienstverlening",
        "nav": ["Home", "Onderwerpen", "Documenten", "Actueel", "Ministeries", "Contact"],
        "news_title": "Nieuws",
        "news": [("Kabinet investeert in digitale dienstverlening", "Nieuwsbericht | {d1}", "/actueel/nieuws/2024/03/12/digitaal"),
                 ("Jaarverslag gepubliceerd", "Nieuwsbericht | {d2}", "/actueel/nieuws/2023/11/02/jaarverslag"),
                 ("Nieuwe regels voor online aanvragen", "Nieuwsbericht | {d3}", "/actueel/nieuws/2024/01/08/aanvragen")],
        "dates": ["12-03-2024", "02-11-2023", "08-01-2024"],
        "footer": '<footer class="site-footer"><ul><li><a href="/privacy">Privacy</a></li><li><a href="/cookies">Cookies'
                  '</a></li><li><a href="/toegankelijkheid">Toegankelijkheid</a></li><li><a href="/copyright">Copyright'
                  '</a></li></ul>{foot}<p>&copy; {agency} {year}</p></footer>',
    },
    "no": {
        "banner": '<header class="header"><a href="/">Direktoratet for offentlige tjenester</a></header>',
        "agency": "Direktoratet for offentlige tjenester",
        "nav": ["Forside", "Tjenester", "Regelverk", "Aktuelt", "Om oss", "Kontakt"],
        "news_title": "Aktuelt",
        "news": [("Nye regler for digitale søknader", "Publisert {d1}", "/aktuelt/2024/03/12/nye-regler"),
                 ("Årsrapporten er klar", "Publisert {d2}", "/aktuelt/2023/11/02/arsrapport"),
                 ("Endrede åpningstider", "Publisert {d3}", "/aktuelt/2024/01/08/apningstider")],
        "dates": ["12.03.2024", "02.11.2023", "08.01.2024"],
        "footer": '<footer class="footer"><ul><li><a href="/personvern">Personvernerklæring</a></li><li>'
                  '<a href="/tilgjengelighet">Tilgjengelighetserklæring</a></li><li><a href="/informasjonskapsler">'
                  'Informasjonskapsler</a></li></ul>{foot}<p>&copy; {agency} {year}</p></footer>',
    },
}

_FILLER = {
    "en": ("This page explains who can apply, what documents you need and how long it takes. "
           "Read the eligibility rules carefully before you start your application. If you need help, "
           "call the helpline Monday to Friday, 8am to 6pm."),
    "es": ("Esta página explica quién puede solicitarlo, qué documentos necesita y cuánto tiempo tarda. "
           "Lea atentamente los requisitos antes de iniciar la solicitud."),
    "fr": ("Cette page explique qui peut en bénéficier, quels documents fournir et quels sont les délais. "
           "Lisez attentivement les conditions avant de commencer votre démarche."),
    "sv": ("På den här sidan kan du läsa vem som kan ansöka, vilka handlingar du behöver och hur lång tid "
           "handläggningen tar."),
    "nl": ("Op deze pagina leest u wie een aanvraag kan doen, welke documenten u nodig hebt en hoe lang de "
           "behandeling duurt."),
    "nb": ("På denne siden kan du lese hvem som kan søke, hvilke dokumenter du trenger og hvor lang tid "
           "behandlingen tar."),
    "de": ("Auf dieser Seite erfahren Sie, wer den Antrag stellen kann, welche Unterlagen Sie benötigen und "
           "wie lange die Bearbeitung dauert."),
}


def page(region: str, lang: str, title: str, body: str, *, foot: str = "", head: str = "", news: bool = True,
         year: int = 2025, top: str = "") -> str:
    """A whole page: region chrome around ``body`` (main content) and ``foot`` (inside the footer)."""
    r = REGIONS[region]
    nav = "".join(f'<li><a href="/{item.lower().replace(" ", "-")}/">{item}</a></li>' for item in r["nav"])
    filler = _FILLER[lang.split("-")[0]] if lang.split("-")[0] in _FILLER else _FILLER["en"]
    aside = ""
    if news:
        items = "".join(
            f'<li class="news-item"><a href="{href}">{text}</a> <span class="date">'
            f'{meta.format(d1=r["dates"][0], d2=r["dates"][1], d3=r["dates"][2])}</span></li>'
            for text, meta, href in r["news"])
        aside = f'<aside class="sidebar"><h2>{r["news_title"]}</h2><ul class="news-list">{items}</ul></aside>'
    footer = r["footer"].format(agency=r["agency"], year=year, foot=foot)
    return (f'<!DOCTYPE html>\n<html lang="{lang}">\n<head>\n<meta charset="utf-8">\n<title>{title} | {r["agency"]}'
            f'</title>\n<meta name="viewport" content="width=device-width, initial-scale=1">\n{head}\n'
            f'<link rel="stylesheet" href="/assets/css/main.css">\n<script src="/assets/js/analytics.js"></script>\n'
            f'</head>\n<body>\n<a class="skip-link" href="#main">Skip to main content</a>\n{r["banner"]}\n'
            f'<nav class="main-nav" aria-label="Main"><ul>{nav}</ul></nav>\n'
            f'<nav class="breadcrumb" aria-label="Breadcrumb"><a href="/">{r["nav"][0]}</a> &rsaquo; '
            f'<a href="/{r["nav"][2].lower().replace(" ", "-")}/">{r["nav"][2]}</a></nav>\n'
            f'<main id="main">\n{top}<h1>{title}</h1>\n<p>{filler}</p>\n{body}\n</main>\n{aside}\n{footer}\n'
            f'<script>window.dataLayer = window.dataLayer || []; dataLayer.push({{"pageType": "content"}});</script>\n'
            f'</body>\n</html>\n')
