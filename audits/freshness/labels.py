"""The visible labels that introduce a page's review/update date, and the ones that do not.

Each label is a regular expression with the language it belongs to (which
decides the day/month order of numeric dates that follow it) and a strength:
``strong`` labels ("Page last reviewed") say "this is the page's review date"
even without a colon, so "Page last reviewed: TBD" counts as a missing date;
weak ones ("Updated", "Stand") count only when a date follows them.

Only *review/update* labels, currency and archive stamps (a reprint "as at",
"last checked for updates", an archive's freeze date: they say when the content
was last confirmed) and *next review due* labels are listed. Anything else
("Posted", "Published", "Effective", "Meeting date", copyright) is simply never
a label, so its dates are never read.
"""
from __future__ import annotations

import re
from dataclasses import dataclass

import ahocorasick

from . import languages

_p = languages.phrase  # spaces in a label phrase match any run of whitespace; " ?" optional whitespace


# (language, strong, pattern). Longer phrasings come first: the alternation takes the first that fits.
_REVIEW: list[tuple[str, bool, str]] = [
    # English
    ("en", True, _p(r"(?:(?:this )?(?:web ?)?(?:page|content|site|information|document|article|guidance|"
                    r"section|data|dataset|list|table|figures|statistics|resource|publication|policy|guide|"
                    r"topic|report|directory|fact ?sheet|faqs?|advice) "
                    r"(?:(?:content|information) )?(?:(?:was|has been|is) )?)?last (?:reviewed|updated|modified|revised|changed|edited|"
                    r"verified|checked|amended|refreshed|validated)(?: ?(?:/|or|and|&) ?(?:reviewed|updated|modified|revised|"
                    r"verified|changed))?(?: for (?:updates|accuracy|currency))?(?: date)?(?: on)?")),
    # A sentence about the page itself, anywhere in running text: "This page was revised on 3 March 2024."
    ("en", True, _p(r"(?:(?:this (?:web ?)?(?:page|site|website|content|information|article|guidance|document|"
                    r"section|fact ?sheet|resource|publication|guide)|the (?:web ?)?page) (?:was|has been|is|were) "
                    r"(?:(?:most recently |last )?(?:reviewed|updated|modified|revised|edited|checked|verified|"
                    r"archived)(?: (?:and|or) (?:reviewed|updated|revised|checked))?"
                    r"(?: for (?:updates|accuracy|currency))?"
                    r"(?: on)?|(?:current|accurate|correct|up to date) as (?:of|at|on))"
                    # "We last reviewed this page on 3 March 2024", "... in March 2024"
                    r"|we (?:last|most recently) (?:reviewed|updated|checked|revised) this (?:web ?)?(?:page|content|"
                    r"information|guidance|article|guide|section)(?: on| in)?)")),
    ("en", True, _p(r"date (?:last )?(?:reviewed|updated|modified|revised)")),
    ("en", True, _p(r"date of (?:the )?(?:last )?(?:review|update|revision|modification)")),
    # CMS field names, and the English pages of sites in other languages ("Update Date : 2024-03-05")
    ("en", True, _p(r"(?:revision|modification|(?:last )?modified|(?:last )?updated?) date")),
    ("en", True, _p(r"(?:medically|clinically) reviewed(?: on)?")),
    ("en", True, _p(r"last published(?: date)?(?: on)?")),  # DHS: republished, i.e. updated
    ("en", True, _p(r"last (?:content |page )?(?:review|update|revision|modification|edit)(?: date)?")),
    # "Latest update: 5 March 2024", "Most recently updated 5 March 2024" (weak: "Latest update: road closures"
    # is a news heading, and counts only with a date)
    # The page's content named as the field's subject, a noun then the participle, counting only with a date at
    # a line start: "Article updated 3 March 2024", "Artikel aktualisiert am 03.05.2024" (a contract or a road
    # "renewed" stays none: only these nouns for the page's own content)
    ("en", False, _p(r"(?:article|content|text|information|document|guidance|fact ?sheet) (?:updated|reviewed|revised|"
                     r"modified)(?: on)?")),
    ("en", False, _p(r"(?:latest|most recent) (?:content |page )?update|most recently (?:updated|reviewed)(?: on)?")),
    ("en", True, _p(r"(?:content |information |page )?(?:current|accurate|correct) as (?:of|at)")),
    # "Information as at 5 March 2024" (a statistic's "data as at" is not the page's)
    ("en", True, _p(r"(?:information|content|page) as (?:of|at)")),
    # Currency stamps: a reprint or compilation "as at" its date, "up to date as of", a compilation date.
    ("en", True, _p(r"(?:reprint(?:ed)?|compilation|consolidat(?:ed|ion)(?: version)?|version|"
                    r"(?:content |information |page )?up(?:-| )to(?:-| )date) as (?:at|of|on)")),
    ("en", True, _p(r"(?:compilation|currency|archived?|archiving) date|date (?:archived|of archiving)")),
    ("en", True, _p(r"(?:page|content|site|information|data) (?:(?:was|has been) )?(?:reviewed|updated|modified|"
                    r"revised|edited|checked|verified|amended|archived|frozen)(?: on| since)?")),
    ("en", False, _p(r"review date")),  # MedlinePlus "Review Date 3/31/2024"; a future one is a next review
    ("en", False, _p(r"(?:reviewed|updated|modified|revised|verified)(?: ?(?:/|or|and|&) ?(?:reviewed|updated|"
                     r"modified|revised))?(?: on)?")),
    # An archive notice's freeze date: "This page was archived on 3 March 2024", "It was archived on ...".
    ("en", True, _p(r"(?:this (?:web ?)?(?:page|site|website|content|information|document|publication|snapshot|item)|"
                    r"the (?:web ?)?page|it) (?:was|has been|is) (?:archived|frozen)(?: on| since)?")),
    ("en", False, _p(r"(?:checked for (?:updates|accuracy)|archived)(?: on| since)?")),
    # Spanish
    ("es", True, _p(r"(?:fecha de (?:la )?)?(?:última|ultima) (?:actualización|actualizacion|modificación|"
                    r"modificacion|revisión|revision)(?: de (?:la|esta) página)?")),
    ("es", True, _p(r"fecha (?:de )?(?:actualización|actualizacion|modificación|modificacion|revisión|revision)")),
    ("es", True, _p(r"(?:datos|información|informacion|contenidos?) (?:actualizad[oa]s?|revisad[oa]s?)(?: el)?")),
    ("es", True, _p(r"(?:esta )?página (?:(?:fue|ha sido) )?(?:actualizada|revisada|modificada)"
                    r"(?: o (?:actualizada|revisada))?(?: el)?")),
    ("es", False, _p(r"(?:actualizad[oa]s?|revisad[oa]s?|modificad[oa]s?|actualización|actualizacion)(?: el)?")),
    ("es", True, _p(r"(?:(?:esta página|este contenido) (?:fue |ha sido )?)?archivad[oa] el|fecha de archivo")),
    # French
    ("fr", True, _p(r"(?:date de (?:la )?)?dernière (?:mise à jour|modification|révision|actualisation|"
                    r"vérification)(?: le)?")),
    ("fr", True, _p(r"date de (?:modification|mise à jour|révision)")),
    ("fr", True, _p(r"(?:données|informations?|contenus?) (?:mises? à jour|actualisée?s?|vérifiée?s?)(?: le)?")),
    ("fr", True, _p(r"(?:cette )?page (?:a été )?(?:mise à jour|modifiée|révisée|vérifiée)"
                    r"(?: pour la dernière fois)?(?: le)?")),
    ("fr", True, _p(r"(?:cette (?:page|déclaration(?: d['’]accessibilité)?|fiche|rubrique)|ce document|elle|il) "
                    r"a été (?:établie?|éditée?|mise? à jour|modifiée?|révisée?|actualisée?|vérifiée?)"
                    r"(?: pour la dernière fois)? le")),
    # A currency stamp of a consolidated text: "À jour au 20 avril 2024", "Texte mis à jour au ...".
    ("fr", True, _p(r"(?:(?:texte|document|règlement|codification) )?(?:mise?s? )?à jour au")),
    # A consolidated law's currency stamp in brackets after its enactment date (the Swiss federal compilation
    # in its three languages): "du 19 octobre 2016 (Etat le 1er janvier 2019)", "(Stand am 1. Januar 2019)",
    # "(Stato 1° gennaio 2019)". Only in a bracket right after the enactment date's year: "l'État le 3 mars"
    # in prose, or a statistic's "(Stand 31.12.2023)" / "(état au 31 décembre)", is no label.
    ("fr", True, r"(?<=\d[\s\u00a0]\()(?:etat|état)" + _p(r" le")),
    ("de", True, r"(?<=\d[\s\u00a0]\()stand" + _p(r" am")),
    ("it", True, r"(?<=\d[\s\u00a0]\()stato" + _p(r"(?: al| il)?")),
    ("fr", False, _p(r"(?:contenu|article|texte|document) (?:mis à jour|modifié|révisé|actualisé|vérifié)(?: le)?|"
                     r"(?:fiche|information|rubrique) (?:mise à jour|modifiée|révisée|actualisée|vérifiée)(?: le)?")),
    ("fr", False, _p(r"(?:mise? à jour|vérifiée?|modifiée?|révisée?|actualisée?)(?: le)?")),
    ("fr", True, _p(r"(?:(?:cette page|ce contenu|ce document) (?:a été )?)?(?:archivée?|mise? en archive) le|"
                    r"date d'archivage")),
    # German
    ("de", True, _p(r"(?:(?:diese )?(?:seite|inhalt|daten|informationen?|text) (?:wurde |wurden )?)?(?:zuletzt|letztmals) (?:aktualisiert|geändert|"
                    r"überprüft|bearbeitet|geprüft)(?: am)?")),
    ("de", True, _p(r"(?:datum der )?letzten? (?:aktualisierung|änderung|überprüfung|bearbeitung|prüfung|"
                    r"überarbeitung)(?: am)?")),
    ("de", True, _p(r"(?:seite|inhalt) (?:aktualisiert|geändert|geprüft)(?: am)?")),
    # the compound field names ("date of change"): "Änderungsdatum", "Aktualisierungsdatum"
    ("de", True, _p(r"(?:änderungs|aktualisierungs|überarbeitungs)datum")),
    ("de", False, _p(r"(?:artikel|text|beitrag|dokument|informationen?|meldung) (?:aktualisiert|geändert|geprüft|"
                     r"überarbeitet)(?: am)?")),
    ("de", False, _p(r"(?:stand(?: der (?:information|informationen|seite|inhalte))?|aktualisiert(?: am)?|aktualisierung|"
                     r"geändert am|geprüft am|überprüft am|überarbeitet am)")),
    ("de", True, _p(r"(?:(?:diese )?(?:seite|inhalt) (?:wurde |ist )?)?archiviert am|archivierungsdatum")),
    # English currency stamps of consolidated legislation: "Act current to 2024-08-18", "Regulations current to".
    ("en", True, _p(r"(?:act|acts|regulations?|statutes?|legislation|consolidation|by-?laws?|rules|code) "
                    r"(?:is |are )?current to")),
    # A web archive's harvest stamp: "Harvested by the National Library of New Zealand on: Jul 3 2006".
    ("en", True, _p(r"harvested(?: by(?: [\w'’.&-]+){1,8}?)? on")),
    # Norwegian (Bokmål) and Danish
    ("nb", True, _p(r"(?:sist|senest) (?:fagleg |faglig )?(?:oppdatert|oppdatera|endret|endra|revidert|"
                    r"gjennomgått|kontrollert)(?: den)?|(?:dato for )?siste (?:faglige |faglege )?(?:endring|oppdatering|revisjon)"
                    # "Dato for siste oppdatering av artikkelen" (of the article: a WordPress theme's screen-reader text)
                    r"(?: av (?:artikkelen|siden|innholdet|teksten|dokumentet|informasjonen))?|(?:denne )?siden (?:ble|er) (?:sist )?"
                    r"(?:oppdatert|endret|revidert)(?: den)?|"
                    # the page's content as the subject, a field: "Artikkelen oppdatert 26.10.2022", "Teksten er oppdatert"
                    r"(?:artikkelen|teksten|innholdet|informasjonen|siden) (?:er |ble )?(?:sist )?(?:oppdatert|endret|revidert)"
                    r"(?: den)?")),
    ("nb", True, _p(r"(?:oppdaterings|endrings|revisjons)dato")),
    # the noun as a field or a heading with its date: "Oppdatering 01.07.2019" (an update note; a date must follow)
    ("nb", False, _p(r"(?:oppdatert|endret|endra|revidert)(?: den)?|oppdatering")),
    ("da", True, _p(r"(?:senest|sidst) (?:opdateret|ændret|revideret|redigeret)(?: den)?|seneste (?:opdatering|"
                    r"ændring|revision)|(?:denne )?side(?:n)? (?:blev|er) (?:senest |sidst )?(?:opdateret|ændret)"
                    r"(?: den)?|(?:artiklen|teksten|indholdet|informationen|siden) (?:er |blev )?(?:senest |sidst )?"
                    r"(?:opdateret|ændret|revideret)(?: den)?")),
    ("da", True, _p(r"(?:opdaterings|ændrings|revisions)dato")),
    ("da", False, _p(r"(?:opdateret|ændret|revideret)(?: den)?|opdatering")),
    # Swedish
    ("sv", True, _p(r"senast (?:uppdaterad|ändrad|granskad|reviderad|kontrollerad)(?: den)?|senaste (?:uppdatering|"
                    r"ändring|granskning)|(?:den här |denna )?sidan (?:uppdaterades|ändrades|granskades|"
                    r"reviderades|har uppdaterats)(?: senast)?(?: den)?|"
                    # Sitevision's "Sidan uppdaterad: 2024-01-02" (the page, updated: a field, not a sentence)
                    r"(?:den här |denna )?sidan (?:är |senast )?(?:uppdaterad|ändrad|granskad)(?: senast)?(?: den)?|"
                    # the same field with the page's content as the subject: "Texten uppdaterad 2020-04-24",
                    # "Innehållet uppdaterat" (neuter), "Artikeln senast ändrad"
                    r"(?:texten|innehållet|informationen|artikeln|sidinnehållet) (?:är |senast )?(?:uppdaterad|uppdaterat|"
                    r"ändrad|ändrat|granskad|granskat|reviderad|reviderat)(?: senast)?(?: den)?|"
                    # "Senast publicerad: 2018-02-27": the latest publishing of the page (as English "Last
                    # published"); a bare "Publicerad" is the first publication and stays no label
                    r"senast publicerad(?: den)?")),
    # "Tabellen Granskade webbplatser 2022 uppdaterades den 2 februari 2023": a definite noun for the page's
    # own content, its name, then the verb (Swedish puts the article on the noun).
    ("sv", True, _p(r"(?:tabellen|tabellerna|informationen|innehållet|texten|uppgifterna)(?: [^.!?\n]{1,60}?)? "
                    r"(?:uppdaterades|ändrades|granskades|reviderades)(?: senast)?(?: den)?")),
    ("sv", True, _p(r"(?:uppdaterings|ändrings|revisions)datum")),
    ("sv", False, _p(r"(?:uppdaterad|ändrad|granskad|reviderad)(?: den)?|uppdatering")),
    # An archive notice's period: "Innehållet publicerades under perioden 3 oktober 2014 till den 20 januari
    # 2019": the content was frozen at the period's end, so the label runs up to the second date.
    ("sv", True, _p(r"(?:innehållet |sidan )?publicerades under perioden (?:den )?\d{1,2} [^\W\d_]+ \d{4} "
                    r"(?:och|till|-|–)(?: den)?")),
    # Dutch: "Laatst gewijzigd", and the register's "Deze is voor het laatst bijgewerkt op", "die voor het
    # laatst is bijgewerkt op" (the subject is the statement the page shows).
    ("nl", True, _p(r"(?:(?:deze|die|dit|deze pagina|de pagina|deze verklaring|de verklaring) (?:is )?)?"
                    r"(?:voor het )?laatst (?:is )?(?:gewijzigd|bijgewerkt|aangepast|herzien|gecontroleerd)"
                    r"(?: op)?|laatste (?:wijziging|aanpassing|update|herziening)(?: op)?|datum (?:laatste )?"
                    r"(?:wijziging|aanpassing|herziening)|wijzigingsdatum|datum (?:bijgewerkt|gewijzigd)")),
    ("nl", False, _p(r"(?:pagina|tekst|artikel|inhoud|informatie|document) (?:is )?(?:bijgewerkt|gewijzigd|aangepast|"
                     r"herzien)(?: op)?")),
    ("nl", False, _p(r"(?:gewijzigd|bijgewerkt|aangepast|herzien)(?: op)?")),
    # Italian
    ("it", True, _p(r"(?:data (?:dell'|di |dell’)?)?ultim[oa] (?:aggiornamento|modifica|revisione)|"
                    r"data (?:di |dell'|dell’)?(?:aggiornamento|modifica|revisione)|"
                    r"(?:pagina|contenuto) (?:aggiornat[oa]|modificat[oa]|rivist[oa])(?: il| al)?")),
    # the noun alone too, as giustizia.it prints it under a title: "aggiornamento: 12 febbraio 2015" (a lone year,
    # "Aggiornamento 2015", is no date)
    ("it", False, _p(r"(?:articolo|testo|documento|scheda|informazioni) (?:aggiornat[oaie]|modificat[oaie]|rivist[oaie])"
                     r"(?: il| al)?")),
    ("it", False, _p(r"(?:aggiornat[oa]|modificat[oa]|rivist[oa])(?: il| al)|aggiornamento(?: del| al)?")),
    # Finnish
    ("fi", True, _p(r"(?:viimeksi|sivua) (?:päivitetty|muokattu|päivitetty viimeksi|tarkistettu)|"
                    r"(?:päivitetty|muokattu) viimeksi|(?:päivitys|muokkaus)(?:päivämäärä|päivä|ajankohta)|"
                    r"(?:viimeisin|viimeksi) päivitys|sivu (?:on )?päivitetty|"
                    # "Viimeksi julkaistu 16.8.2022" (last published: republished, as "Last published",
                    # "Senast publicerad"; a bare "Julkaistu" is the first publication and stays none)
                    r"viimeksi julkaistu")),
    ("fi", False, _p(r"(?:artikkeli|teksti|sisältö|tiedote|ohje) (?:päivitetty|muokattu|tarkistettu)")),
    ("fi", False, _p(r"(?:päivitetty|muokattu|päivitys)")),
    # Japanese: update/revision/check dates only (掲載日 and 公開日 are publication dates). No spaces between
    # words: the label must stand as its own token, so a compound such as 契約更新日 (a contract's renewal) is none.
    # "このページの最終更新日" (this page's last-update date): the page, or its article or information, then の.
    ("ja", True, r"(?:(?:この|本)(?:ページ|記事|情報|コンテンツ)の)?(?:最終更新日時|最終更新日付|最終更新日|最終更新|ページ更新日|更新日時|更新日付|更新年月日|更新日|最終改訂日|改訂日付|改訂日|最終確認日)"),
    # the bare noun as a field name, only with its colon: "更新：2024年3月5日" (更新予定, 契約更新 stay none)
    ("ja", False, r"更新(?=[ \t\u00a0]?[:：])"),
    # Portuguese
    # European Portuguese before the 1990 agreement (still on many pages) writes "actualização", "actualizado".
    ("pt", True, _p(r"(?:data da )?(?:última|ultima) (?:atualização|atualizacao|actualização|actualizacao|"
                    r"modificação|modificacao|revisão|revisao)(?: em)?|"
                    r"data (?:da |de )(?:última )?(?:atualização|atualizacao|actualização|modificação|revisão)|"
                    r"(?:esta )?página (?:foi )?(?:atualizada|actualizada|modificada|revista)(?: em)?|"
                    r"(?:conteúdo|informação) (?:atualizad[oa]|actualizad[oa]|revist[oa])(?: em)?")),
    ("pt", False, _p(r"(?:atualizad[oa]|actualizad[oa])(?: em)?|(?:modificad[oa]|revisad[oa]|revist[oa]) em|"
                     r"atualização|actualização")),
    *languages.REVIEW,  # pl, cs, sk, hu, ro, hr, sl, bg, ru, uk, el, et, lv, lt, is, ca, gl, eu, cy, ga, tr, ...
]

_DUE: list[tuple[str, str]] = [
    ("en", _p(r"(?:next (?:content |page )?review(?: (?:due|date))?|(?:content |page )?review due(?: date)?|"
              r"due for review|scheduled review(?: date)?)(?: (?:on|by))?")),
    ("es", _p(r"próxima revisión(?: prevista)?")),
    ("fr", _p(r"prochaine (?:révision|mise à jour|vérification)(?: prévue)?(?: le)?")),
    ("de", _p(r"nächste (?:überprüfung|aktualisierung|revision|prüfung)(?: am)?")),
    ("nb", _p(r"neste (?:oppdatering|revisjon|gjennomgang)")),
    ("da", _p(r"næste (?:opdatering|revision|gennemgang)")),
    ("sv", _p(r"nästa (?:uppdatering|granskning|revision)")),
    ("nl", _p(r"volgende (?:herziening|wijziging|update|controle)")),
    ("it", _p(r"prossim[oa] (?:aggiornamento|revisione)")),
    ("fi", _p(r"seuraava (?:päivitys|tarkistus)")),
    ("pt", _p(r"próxima (?:atualização|revisão)")),
    *languages.DUE,
]


def _compile(entries: list[tuple[str, str]], indexes: list[int] | None = None) -> re.Pattern[str]:
    """One alternation of the patterns; group g<i> is the pattern's index in its list (``indexes``)."""
    indexes = indexes if indexes is not None else list(range(len(entries)))
    spaced = [f"(?P<g{i}>{pattern})" for i, (lang, pattern) in zip(indexes, entries) if lang not in _UNSPACED]
    unspaced = [f"(?P<g{i}>{pattern})" for i, (lang, pattern) in zip(indexes, entries) if lang in _UNSPACED]
    # A label is a token: no letter, digit or slash before it, no letter after it (a date may follow at once,
    # as in Chinese "最後更新於112.03.17"). Languages written without spaces may follow a digit: the number
    # ends the field before ("ページID:8289更新日:2023年12月14日"); a letter before still makes a compound (契約更新日).
    tokens = [r"(?<![\w/])(?:" + "|".join(spaced) + ")"] if spaced else []
    tokens += [r"(?<![^\W\d])(?<!/)(?:" + "|".join(unspaced) + ")"] if unspaced else []
    # An era year may follow a Japanese or Taiwanese label at once ("更新日令和4年8月10日"): it starts the date.
    return re.compile(r"(?:" + "|".join(tokens) + r")(?!" + _ERA_AHEAD + r"[^\W\d])", re.IGNORECASE)


_ERA_AHEAD = r"(?!令和|平成|昭和|大正|明治|民國|民国)"


_UNSPACED = frozenset({"ja", "zh"})  # languages written without spaces between words


REVIEW_RE = _compile([(lang, pattern) for lang, _, pattern in _REVIEW])
# Japanese also writes the update stamp after its date: "2024年3月8日更新", "令和6年(2024年)3月8日更新",
# "2024/03/08 更新". Such a label follows a date's last character; no letter after it (更新予定, a
# scheduled update, and 更新日 are other words).
_DATE_BEFORE_RE = re.compile(r"(?<=[日\d\s\u00a0])(?:更新|改訂)(?![^\W\d])")
DUE_RE = _compile(_DUE)


def _pattern_set(review: list[int], due: list[int]) -> tuple[re.Pattern[str] | None, re.Pattern[str] | None]:
    return (_compile([(_REVIEW[i][0], _REVIEW[i][2]) for i in review], review) if review else None,
            _compile([_DUE[i] for i in due], due) if due else None)


# The scan runs a language of languages.py only in windows where one of its stems occurs: an English page
# pays for the first dozen families, a Polish one for those and Polish (one alternation of all forty families
# tried at every character of a window cost more than the rest of the extraction).
_BASE_REVIEWS, _BASE_DUES = len(_REVIEW) - len(languages.REVIEW), len(_DUE) - len(languages.DUE)
_MORE_LANGUAGES = sorted({lang for lang, _, _ in languages.REVIEW} | {lang for lang, _ in languages.DUE})
_BASE = 1
_LANGUAGE_BIT = {lang: 2 << i for i, lang in enumerate(_MORE_LANGUAGES)}
_PATTERN_SETS = [(_BASE, *_pattern_set(list(range(_BASE_REVIEWS)), list(range(_BASE_DUES))))] + [
    (_LANGUAGE_BIT[lang],
     *_pattern_set([i for i in range(_BASE_REVIEWS, len(_REVIEW)) if _REVIEW[i][0] == lang],
                   [i for i in range(_BASE_DUES, len(_DUE)) if _DUE[i][0] == lang]))
    for lang in _MORE_LANGUAGES]
_REVIEW_META = [(lang, strong) for lang, strong, _ in _REVIEW]
_DUE_META = [lang for lang, _ in _DUE]


_REVIEW_OR_DUE = re.compile(r"review[\s\u00a0]+date", re.IGNORECASE)


def review_or_due(label: "LabelMatch") -> bool:
    """"Review date" alone: the last review when its date has passed, the next one when it is still ahead."""
    return label.kind == "review" and _REVIEW_OR_DUE.fullmatch(label.text) is not None


def bare_review_label(text: str) -> bool:
    """The label text is "Review date" alone (``review_or_due``): its reading depends on the as-of date."""
    return _REVIEW_OR_DUE.fullmatch(text) is not None


@dataclass(frozen=True)
class LabelMatch:
    kind: str  # "review" or "due"
    start: int
    end: int
    text: str
    language: str
    strong: bool
    date_before: bool = False  # the date stands before the label ("2024年3月8日更新")


def _meta(match: re.Match[str], kind: str) -> LabelMatch:
    index = int(match.lastgroup[1:])  # type: ignore[index]
    if kind == "review":
        language, strong = _REVIEW_META[index]
    else:
        language, strong = _DUE_META[index], True
    return LabelMatch(kind, match.start(), match.end(), match.group(0), language, strong)


# Every label above contains one of these stems (lower case). Finding them all in one Aho-Corasick pass
# (pyahocorasick) and running the label patterns only around the hits keeps a 100 KB page to a few
# milliseconds, however many languages there are (one str.find pass per stem cost ~40 microseconds each).
_BASE_STEMS = ("updat", "review", "modif", "revis", "verif", "chang", "edit", "check", "amend", "publish", "as of",
               "as at", "actualiz", "revisi", "révis", "vérifi", "à jour", "actualis", "stand", "aktualis", "änder",
               "prüf", "bearbeit", "archiv", "frozen", "up to date", "up-to-date", "compilation date",
               "currency date", "current to", "harvested", "oppdat", "endr", "endring", "revid", "opdat", "ændr",
               "uppdat", "ändr", "gransk", "gewijzigd", "bijgewerkt", "aangepast", "herzien", "laatst", "aggiorn",
               "modific", "rivist", "päivit", "muokat", "atualiz", "revisã", "revisad", "revist", "a été",
               "under perioden", "kontroll", "senast publ",
               # words of the phrasings above that hold no other stem ("Sidst redigeret", "Datum wijziging",
               # "Sist gjennomgått", "Viimeksi tarkistettu"): without theirs those labels were never read
               "überarbeit", "viimeksi julk", "latest update", "most recent", "refresh", "validated", "muokkaus", "rediger", "gjennomg", "wijziging", "aanpassing", "herziening", "tarkist", "gennemg", "volgende controle", "更新", "改訂", "確認日", "(etat", "(état", "(stand", "(stato")
_BEFORE, _AFTER = 80, 60  # label characters before and after a stem
_DATE_BEFORE_STEMS = ("更新", "改訂")  # the labels of _DATE_BEFORE_RE: it runs only in their windows
_DATE_BEFORE_BIT = 1 << 100


def _stem_languages(stem: str) -> int:
    """The bits of the languages.py languages whose patterns contain ``stem`` (spaces as written)."""
    mask = 0
    for lang, pattern in [(lang, pattern) for lang, _, pattern in languages.REVIEW] + languages.DUE:
        if stem in _WHITESPACE_CLASS.sub(" ", pattern).lower():
            mask |= _LANGUAGE_BIT[lang]
    return mask


_WHITESPACE_CLASS = re.compile(r"\[\\s\\u00a0\][+*]")


def _stem_automaton() -> ahocorasick.Automaton:
    masks: dict[str, int] = {stem: _BASE for stem in _BASE_STEMS}
    for stem in languages.STEMS:
        masks[stem] = masks.get(stem, 0) | _stem_languages(stem)
    for stem in _DATE_BEFORE_STEMS:
        masks[stem] |= _DATE_BEFORE_BIT
    automaton = ahocorasick.Automaton()
    for stem, mask in masks.items():
        automaton.add_word(stem, (len(stem), mask))
    automaton.make_automaton()
    return automaton


_STEM_AUTOMATON = _stem_automaton()


def _windows(text: str) -> list[tuple[int, int, int]]:
    """(start, end, which pattern sets to run) around every stem found."""
    hits = sorted((end - length + 1, mask) for end, (length, mask) in _STEM_AUTOMATON.iter(text.lower()))
    windows: list[tuple[int, int, int]] = []
    for hit, mask in hits:
        lo, hi = max(0, hit - _BEFORE), hit + _AFTER
        if windows and lo <= windows[-1][1]:
            windows[-1] = (windows[-1][0], max(windows[-1][1], hi), windows[-1][2] | mask)
        else:
            windows.append((lo, hi, mask))
    return windows


def _scan(text: str, lo: int, hi: int, mask: int, kind: str) -> list[LabelMatch]:
    """The labels of ``kind`` in text[lo:hi], from the pattern sets in ``mask``; where two sets' labels overlap,
    the earlier one wins, then the first set's (as one alternation of all the patterns would choose)."""
    found: list[tuple[int, int, LabelMatch]] = []
    sets = 0
    for order, (bit, review_re, due_re) in enumerate(_PATTERN_SETS):
        pattern = due_re if kind == "due" else review_re
        if mask & bit and pattern is not None:
            sets += 1
            found.extend((m.start(), order, _meta(m, kind)) for m in pattern.finditer(text, lo, hi))
    if sets > 1:
        found.sort(key=lambda item: item[:2])
        kept: list[tuple[int, int, LabelMatch]] = []
        for item in found:
            if not kept or item[0] >= kept[-1][2].end:
                kept.append(item)
        found = kept
    return [label for _, _, label in found]


_ABOUT_THE_PAGE = re.compile(r"(?:this|the|it|we|esta|este|cette|ce|elle|il|diese|deze|die|dit|de|denne|den|denna|siden|sidan|pagina|página|tabellen|tabellerna|informationen|innehållet|texten|uppgifterna)[\s\u00a0]", re.IGNORECASE)


def about_the_page(label: LabelMatch) -> bool:
    """"This page was revised on", "Cette page a été mise à jour le": a sentence whose subject is the page."""
    return label.strong and _ABOUT_THE_PAGE.match(label.text) is not None


def label_at(text: str, start: int, end: int, kind: str) -> LabelMatch | None:
    """The label of ``kind`` that starts exactly at ``start`` and ends by ``end``, if there is one."""
    match = (DUE_RE if kind == "due" else REVIEW_RE).match(text, start, end)
    return _meta(match, kind) if match else None


def find_labels(text: str, limit: int | None = None) -> list[LabelMatch]:
    """Every review and next-review-due label in ``text``, in order (due labels win overlaps).

    With ``limit``, reading stops once that many labels of one kind are found: the result is then every
    label up to that point, so a listing of 20,000 "Updated:" lines costs no more than its first few hundred.
    """
    dues: list[LabelMatch] = []
    reviews: list[LabelMatch] = []
    cut: int | None = None
    for lo, hi, mask in _windows(text):
        for found, kind in ((dues, "due"), (reviews, "review")):
            for label in _scan(text, lo, hi, mask, kind):
                found.append(label)
                if limit is not None and len(found) >= limit:
                    cut = label.start if cut is None else min(cut, label.start)
                    break
        if mask & _DATE_BEFORE_BIT:
            reviews.extend(LabelMatch("review", m.start(), m.end(), m.group(0), "ja", True, date_before=True)
                           for m in _DATE_BEFORE_RE.finditer(text, lo, hi))
        if cut is not None:
            dues = [d for d in dues if d.start <= cut]
            reviews = [r for r in reviews if r.start <= cut]
            break
    spans = [(d.start, d.end) for d in dues]
    reviews = [r for r in reviews if not any(s <= r.start < e for s, e in spans)]
    return sorted(dues + reviews, key=lambda label: label.start)
