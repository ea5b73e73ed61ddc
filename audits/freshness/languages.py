"""Label families of the languages beyond the first twelve (labels.py holds en, es, fr, de, nb, da, sv, nl,
it, fi, ja, pt): the review/update and next-review labels as government pages in each language write them.

Same shape as labels.py: (language, strong, pattern) for review labels, (language, pattern) for due labels;
the language decides how the date after the label is read (month names, day/month order, eras). Only
update/revision labels are listed: publication labels ("Data publikacji", "Zveřejněno", "发布日期", "게시일",
"تاريخ النشر", "Yayın tarihi") are never labels, so their dates are never read. Where the phrasing and the
date format come from is in docs/freshness.md ("Languages").
"""
from __future__ import annotations

_WS = r"[\s\u00a0]+"


def phrase(text: str) -> str:
    """Spaces in a label phrase match any run of whitespace; " ?" matches optional whitespace."""
    return text.replace(" ?", "[\\s\\u00a0]*").replace(" ", _WS)


_p = phrase


REVIEW: list[tuple[str, bool, str]] = [
    # Polish: "Ostatnia aktualizacja", "Data modyfikacji", "Data ostatniej modyfikacji", "Zaktualizowano"
    # The accessibility statement every Polish public body publishes (its statutory template): "Data
    # ostatniej istotnej aktualizacji" (of the last significant update).
    ("pl", True, _p(r"(?:data )?ostatniej (?:istotnej )?(?:aktualizacji|modyfikacji|zmiany)(?: strony| treści)?|"
                    r"data zmiany(?: strony| treści)?|"
                    r"ostatnia (?:istotna )?(?:aktualizacja|modyfikacja|zmiana)(?: strony| treści)?|"
                    r"data (?:aktualizacji|modyfikacji)(?: strony| treści)?|"
                    r"(?:strona|treść|informacja) (?:została )?(?:zaktualizowana|zmodyfikowana)(?: dnia)?|"
                    r"ostatnio (?:zaktualizowano|zmodyfikowano|aktualizowano)(?: dnia)?|"
                    # "Ostatnio zmieniany: 05.03.2024"; a BIP record box's who-changed-it field, then the date in
                    # brackets: "Zmodyfikował: Jan Kowalski (05.03.2024 10:15)"
                    r"ostatnio (?:zmieniany|zmieniona|zmienione|zmieniony|modyfikowany|aktualizowany)|"
                    r"(?:ostatnio )?(?:zmodyfikował|zaktualizował|aktualizował|modyfikował)(?:a)?")),
    # the page's content as the subject: "Artykuł zaktualizowany 03.03.2024", "Treść zmieniona"
    ("pl", False, _p(r"(?:artykuł|tekst|treść|informacja|dokument|strona) (?:zaktualizowan[ya]|zmodyfikowan[ya]|"
                     r"zmienion[ya])(?: dnia)?")),
    ("pl", False, _p(r"(?:zaktualizowano|zmodyfikowano|aktualizacja|modyfikacja)(?: dnia)?")),
    # Joomla 1.0 / Mambo print the modified date as "_LAST_UPDATED ( date )" (content.html.php's ModifiedDate);
    # its Polish string is "Zmieniony" (changed): "Zmieniony ( 27.12.2021. )". Only right before that bracket:
    # "zmieniony harmonogram" (a changed timetable) is prose.
    ("pl", False, r"zmieniony(?=[ \t\u00a0]*\()"),
    # Czech: "Poslední aktualizace", "Datum poslední aktualizace", "Aktualizováno: 7. 10. 2021"
    ("cs", True, _p(r"(?:datum )?posledn[íi] (?:aktualizace|změny|úpravy)|posledn[íi] (?:změna|úprava)|"
                    r"datum (?:aktualizace|změny|úpravy)|naposledy (?:aktualizováno|upraveno|změněno)(?: dne)?|"
                    # the page or the pages (a site's stamp), with "naposled" and the participle's gender or
                    # number, long-vowel slips too: "Stránky byly naposled aktualizováný 20.10.2020"
                    r"(?:stránka|stránky) (?:byla |byly )?(?:naposledy |naposled )?(?:aktualizován[aáyý]?|"
                    r"upraven[aáyý]?)(?: dne)?|naposled (?:aktualizováno|upraveno|změněno)(?: dne)?")),
    # "Aktualizováno k 16.01.2019" (updated as of: a currency stamp)
    ("cs", False, _p(r"(?:aktualizováno|aktualizace|upraveno|změněno)(?: dne| k)?")),
    # Slovak: "Posledná aktualizácia", "Dátum poslednej aktualizácie informačného obsahu: 13.01.2020"
    ("sk", True, _p(r"(?:dátum )?poslednej (?:aktualizácie|zmeny|úpravy)(?: (?:informačného )?obsahu| stránky)?|"
                    r"posledná (?:aktualizácia|zmena|úprava)|dátum (?:aktualizácie|zmeny|úpravy)|"
                    r"naposledy (?:aktualizované|upravené|zmenené)(?: dňa)?")),
    ("sk", False, _p(r"(?:aktualizované|aktualizovaná|aktualizácia|upravené)(?: dňa)?")),
    # Hungarian: "Utolsó frissítés", "Utolsó módosítás dátuma", "Frissítve: 2024. március 5."
    ("hu", True, _p(r"utolsó (?:frissítés|módosítás)(?: dátuma| ideje| időpontja)?|"
                    r"utoljára (?:frissítve|módosítva)|(?:oldal|tartalom) (?:frissítve|módosítva)|"
                    r"(?:frissítés|módosítás) dátuma")),
    ("hu", False, _p(r"frissítve|módosítva|frissítés|módosítás")),
    # Romanian: "Ultima actualizare", "Data ultimei actualizări", "Actualizat la 5 martie 2024"
    ("ro", True, _p(r"(?:data )?ultimei (?:actualizări|actualizari|modificări|modificari|revizuiri)|"
                    r"ultima (?:actualizare|modificare|revizuire)|data (?:actualizării|actualizarii|modificării|"
                    r"modificarii)|pagin[ăa] actualizat[ăa](?: la| pe| în)?")),
    ("ro", False, _p(r"(?:actualizat|actualizată|actualizata|modificat|actualizare)(?: la| pe| în)?")),
    # Croatian, Serbian (Latin), Bosnian: "Zadnja izmjena", "Posljednje ažuriranje", "Ažurirano: 17. 07. 2016."
    ("hr", True, _p(r"(?:zadnja|posljednja|poslednja) (?:izmjena|izmena|promjena|promena|nadopuna)|"
                    r"(?:zadnje|posljednje|poslednje) (?:ažuriranje|izmjene|izmene)|"
                    r"datum (?:zadnje |posljednje |poslednje )?(?:izmjene|izmene|promjene|promene|ažuriranja)|"
                    r"(?:zadnji put|posljednji put|poslednji put) (?:ažurirano|izmijenjeno|izmenjeno)(?: dana)?")),
    ("hr", False, _p(r"(?:ažurirano|izmijenjeno|izmenjeno)(?: dana)?")),
    # Slovenian: "Zadnja sprememba", "Zadnja posodobitev", "Posodobljeno: 5. 3. 2024"
    ("sl", True, _p(r"zadnja (?:sprememba|posodobitev)|datum (?:zadnje )?(?:spremembe|posodobitve)|"
                    r"nazadnje (?:posodobljeno|spremenjeno)(?: dne)?")),
    ("sl", False, _p(r"(?:posodobljeno|spremenjeno)(?: dne)?")),
    # Bulgarian: "Последна актуализация", "Дата на последна промяна", "Актуализирано на"
    ("bg", True, _p(r"последна (?:актуализация|промяна|редакция)|дата на (?:последна )?(?:актуализация|промяна)|"
                    r"последно (?:актуализирано|обновено|променено)(?: на)?")),
    ("bg", False, _p(r"(?:актуализирано|обновено)(?: на)?")),
    # Russian: "Последнее обновление", "Дата обновления", "Обновлено: 5 марта 2024"
    ("ru", True, _p(r"последнее (?:обновление|изменение)(?: страницы)?|"
                    r"дата (?:последнего )?(?:обновления|изменения)(?: страницы| информации)?|"
                    r"(?:страница|информация) (?:последний раз )?обновлена|"
                    r"последний раз (?:обновлено|изменено)|актуализировано")),
    ("ru", False, _p(r"(?:обновлено|изменено|обновлена)")),
    # Ukrainian: "Останнє оновлення", "Дата оновлення", "Оновлено: 5 березня 2024"
    ("uk", True, _p(r"останнє (?:оновлення|змінення)|дата (?:останнього )?(?:оновлення|зміни|змін)|"
                    r"(?:сторінка|інформація) (?:востаннє )?оновлена")),
    ("uk", False, _p(r"(?:оновлено|змінено)")),
    # Greek: "Τελευταία ενημέρωση", "Ημερομηνία τελευταίας τροποποίησης" (with or without the accents capitals drop)
    ("el", True, _p(r"τελευτα[ίι]α (?:ενημ[έε]ρωση|τροποπο[ίι]ηση|αναθε[ώω]ρηση)|"
                    r"ημερομην[ίι]α (?:τελευτα[ίι]ας )?(?:ενημ[έε]ρωσης|τροποπο[ίι]ησης|αναθε[ώω]ρησης)")),
    ("el", False, _p(r"(?:ενημερ[ώω]θηκε|τροποποι[ήη]θηκε)(?: (?:στις|την))?")),
    # Estonian: "Viimati uuendatud", "Viimati muudetud", "Viimane muudatus"
    ("et", True, _p(r"viimati (?:uuendatud|muudetud|täiendatud)|viimane (?:muudatus|uuendus)|"
                    r"(?:uuendamise|muutmise) kuupäev")),
    ("et", False, _p(r"(?:uuendatud|muudetud)")),
    # Latvian: "Pēdējās izmaiņas", "Pēdējo reizi atjaunināts", "Atjaunināts: 2024. gada 5. martā"
    ("lv", True, _p(r"pēdējās izmaiņas|pēdējo reizi (?:atjaunināts|atjaunots|labots|mainīts|aktualizēts)|"
                    r"pēdējā (?:atjaunināšana|aktualizācija)|(?:atjaunināšanas|izmaiņu) datums")),
    ("lv", False, _p(r"(?:atjaunināts|atjaunots|aktualizēts|labots)")),
    # Lithuanian: "Paskutinį kartą atnaujinta", "Paskutinis atnaujinimas", "Atnaujinta 2024-03-05"
    # Lithuanian: also a subject, then the verb ("Informacija atnaujinta 2023-09-12", "Puslapis atnaujintas").
    ("lt", True, _p(r"paskutin[įi] kart[ąa] (?:atnaujinta|atnaujintas|redaguota|keista)|paskutinis atnaujinimas|"
                    r"atnaujinimo data|(?:informacija|puslapis|puslapio informacija|turinys|tinklalapis) "
                    r"(?:atnaujinta|atnaujintas|redaguota|redaguotas)")),
    ("lt", False, _p(r"(?:atnaujinta|atnaujintas|redaguota|redaguotas)")),
    # Icelandic: "Síðast uppfært", "Síðast breytt", "Síðasta breyting"
    ("is", True, _p(r"síðast (?:uppfært|uppfærð|breytt)|síðasta (?:breyting|uppfærsla)")),
    ("is", False, _p(r"uppfært")),
    # Catalan: "Darrera actualització", "Última modificació", "Data d'actualització", "Actualitzat el"
    ("ca", True, _p(r"(?:data de (?:la )?)?(?:darrera|última|ultima) (?:actualització|actualitzacio|modificació|"
                    r"modificacio|revisió)|data d['’]actualització|data de (?:modificació|revisió)|"
                    r"(?:pàgina|contingut) (?:actualitzada?|actualitzat|modificada?|modificat|revisada?|revisat)(?: el| a)?")),
    ("ca", False, _p(r"(?:actualitzat|actualitzada|modificat|modificada|revisat|revisada)(?: el| a)?")),
    # Galician: "Última actualización" is also Spanish (es reads it); "Data de actualización", "Derradeira
    # actualización", "Actualizado o".
    ("gl", True, _p(r"(?:data da )?derradeira (?:actualización|modificación|revisión)|"
                    r"data (?:de|da) (?:actualización|modificación|revisión)")),
    # Basque: "Azken eguneratzea", "Eguneratze data", "Azken aldaketa"
    ("eu", True, _p(r"azken (?:eguneratzea|eguneraketa|aldaketa|aldaketaren data)|eguneratze(?:-| )?data")),
    ("eu", False, _p(r"eguneratua|eguneratuta")),
    # Welsh (GOV.UK and NHS Wales): "Diweddarwyd ddiwethaf", "Adolygwyd ddiwethaf", "Dyddiad diweddaru"
    ("cy", True, _p(r"(?:tudalen )?(?:diweddarwyd|adolygwyd|newidiwyd) (?:ddiwethaf|diwethaf)(?: ar)?|"
                    r"(?:dyddiad )?(?:diweddariad|adolygiad) diwethaf|dyddiad (?:diweddaru|adolygu)")),
    ("cy", False, _p(r"diweddarwyd(?: ar)?")),
    # Irish: "Nuashonraithe go deireanach", "An nuashonrú is déanaí", "Dáta nuashonraithe"
    ("ga", True, _p(r"(?:nuashonraithe|athbhreithnithe|athraithe) (?:go deireanach|den uair dheireanach)|"
                    r"(?:an )?nuashonrú (?:is déanaí|deireanach)|dáta (?:nuashonraithe|an nuashonraithe)")),
    ("ga", False, _p(r"nuashonraithe(?: ar)?")),
    # Turkish: "Son güncelleme", "Son güncelleme tarihi", "Güncelleme tarihi", "Güncellendi"
    ("tr", True, _p(r"son (?:güncelleme|güncellenme|değişiklik|düzenleme)(?: tarihi| zamanı)?|"
                    r"(?:güncelleme|güncellenme|değiştirilme) tarihi|sayfa güncellendi")),
    ("tr", False, _p(r"güncellendi|güncelleme")),
    # Indonesian: "Terakhir diperbarui", "Pembaruan terakhir", "Tanggal pembaruan", "Diperbarui pada"
    ("id", True, _p(r"terakhir (?:diperbarui|diperbaharui|diubah|dimutakhirkan)(?: pada)?|"
                    r"(?:pembaruan|pembaharuan|perubahan) terakhir|"
                    r"tanggal (?:pembaruan|pembaharuan|perubahan|diperbarui)(?: terakhir)?")),
    ("id", False, _p(r"(?:diperbarui|diperbaharui|dimutakhirkan)(?: pada)?")),
    # Malay: "Kemaskini terakhir", "Tarikh kemaskini", "Kemas kini terakhir", "Dikemas kini pada"
    ("ms", True, _p(r"(?:tarikh )?(?:kemas ?kini|dikemas ?kini) terakhir|tarikh (?:kemas ?kini|dikemas ?kini)|"
                    r"terakhir dikemas ?kini(?: pada)?")),
    ("ms", False, _p(r"(?:dikemas ?kini|kemas ?kini)(?: pada)?")),
    # Vietnamese: "Cập nhật lần cuối", "Ngày cập nhật", "Cập nhật ngày: 05/03/2024"
    ("vi", True, _p(r"(?:ngày )?cập nhật lần cuối|lần cập nhật cuối|ngày (?:cập nhật|sửa đổi)(?: lần cuối)?|"
                    r"sửa đổi lần cuối")),
    ("vi", False, _p(r"cập nhật(?: ngày| lúc)?")),
    # Thai (no spaces between words; the label may run into "เมื่อ" = on): "ปรับปรุงล่าสุด", "แก้ไขล่าสุด",
    # "อัปเดตล่าสุด", "วันที่ปรับปรุง"
    ("th", True, r"(?:วันที่|ข้อมูล|หน้านี้|เนื้อหา)?(?:ปรับปรุงล่าสุด|แก้ไขล่าสุด|อัปเดตล่าสุด|อัพเดทล่าสุด|"
                 r"อัพเดตล่าสุด|ปรับปรุงข้อมูลล่าสุด|ปรับปรุงเมื่อ|วันที่ปรับปรุง|วันที่แก้ไข)(?:เมื่อ|วันที่)?"),
    # Hebrew: "עודכן לאחרונה", "עדכון אחרון", "תאריך עדכון"
    ("he", True, _p(r"(?:הדף )?עודכן לאחרונה(?: ב)?|עדכון אחרון|תאריך (?:עדכון|שינוי)(?: אחרון)?")),
    ("he", False, _p(r"עודכן(?: ב)?")),
    # Arabic: "آخر تحديث", "تاريخ آخر تحديث", "آخر تعديل", "تم التحديث في"
    ("ar", True, _p(r"(?:تاريخ )?[آا]خر (?:تحديث|تعديل)(?: للصفحة)?(?: في| بتاريخ)?|"
                    r"تاريخ (?:التحديث|التعديل)|تم (?:التحديث|تحديث الصفحة|التعديل)(?: في| بتاريخ)?")),
    # Korean: "최종수정일", "최종 수정일", "최종수정 : 2023.04.28", "콘텐츠 최종수정일", "최종 업데이트", "최근 수정 시각"
    ("ko", True, _p(r"(?:콘텐츠 ?|페이지 ?|문서 ?)?(?:최종 ?(?:수정|변경|갱신)(?: ?(?:일자|일시|일|날짜))?|"
                    r"최종 ?업데이트(?: ?(?:일자|일시|일|날짜))?|최근 ?수정 ?(?:일자|일시|일|시각|날짜)|"
                    r"(?:수정|갱신|업데이트) ?(?:일자|일시|일|날짜)|"
                    # a CMS field's plain "date of change" ("변경일 2024-03-05"), as 수정일
                    r"변경 ?(?:일자|일시|일|날짜))")),
    # Hindi: "अंतिम अद्यतन: २८.०५.२०२५" (Devanagari digits), "अंतिम अपडेट", "अद्यतन तिथि"
    ("hi", True, _p(r"(?:पृष्ठ )?अंतिम (?:अद्यतन|अपडेट|संशोधन)(?: (?:तिथि|दिनांक))?|(?:अद्यतन|अपडेट) (?:तिथि|दिनांक)")),
    # Bengali (Bangladesh's national portal and its 25,000 office sites): "সর্বশেষ হালনাগাদ", "সর্ব-শেষ হালনাগাদ"
    ("bn", True, _p(r"(?:সর্বশেষ|সর্ব-শেষ|শেষ) (?:হালনাগাদ|আপডেট)(?: (?:তারিখ|করা হয়েছে))?|হালনাগাদের তারিখ")),
    # Serbian (Cyrillic) and Macedonian: "Последња измена", "Ажурирано", "Последно ажурирање"
    ("sr", True, _p(r"последња (?:измена|промена)|последње (?:ажурирање|измене)|"
                    r"датум (?:последње )?(?:измене|ажурирања)")),
    ("sr", False, _p(r"ажурирано(?: дана)?")),
    ("mk", True, _p(r"последно ажурирање|последна (?:измена|промена)|датум на (?:последна )?(?:измена|ажурирање)")),
    ("mk", False, _p(r"ажурирано на")),
    # Albanian: "Përditësuar më", "Përditësimi i fundit", "Data e përditësimit"
    ("sq", True, _p(r"përditësimi i fundit|(?:data e )?përditësimit|ndryshimi i fundit|"
                    r"(?:përditësuar|ndryshuar) (?:së fundi|për herë të fundit)(?: më)?")),
    ("sq", False, _p(r"përditësuar(?: më)?")),
    # Swahili: "Ilisasishwa mwisho", "Imesasishwa"
    ("sw", True, _p(r"(?:ilisasishwa|imesasishwa) (?:mwisho|mara ya mwisho)(?: tarehe)?|sasisho la mwisho|"
                    r"tarehe ya (?:kusasishwa|sasisho)")),
    ("sw", False, _p(r"(?:ilisasishwa|imesasishwa)(?: tarehe)?")),
    # Afrikaans: "Laas opgedateer", "Laas bygewerk", "Bygewerk op"
    ("af", True, _p(r"laas (?:opgedateer|bygewerk|gewysig|hersien)(?: op)?")),
    ("af", False, _p(r"(?:opgedateer|bygewerk) op")),
    # Azerbaijani: "Son yenilənmə", "Yenilənib"
    ("az", True, _p(r"son (?:yenilənmə|yeniləmə|dəyişiklik)(?: tarixi)?|yenilənmə tarixi")),
    ("az", False, _p(r"yenilənib|yeniləndi")),
    # Georgian, Armenian, Belarusian, Kazakh, Maltese, Urdu
    ("ka", True, _p(r"ბოლო განახლება|განახლების თარიღი|განახლებულია")),
    ("hy", True, _p(r"վերջին (?:թարմացում|փոփոխություն)|թարմացման ամսաթիվ|թարմացվել է")),
    ("be", True, _p(r"апошняе (?:абнаўленне|змяненне)|дата (?:апошняга )?абнаўлення|абноўлена")),
    ("kk", True, _p(r"соңғы (?:жаңарту|жаңартылған күні|өзгеріс)|жаңартылған (?:күні|уақыты)|жаңартылды")),
    ("mt", True, _p(r"l-aħħar (?:aġġornament|bidla)|data tal-aġġornament|aġġornat(?: fl-| l-| nhar)?")),
    ("ur", True, _p(r"آخری (?:اپ ڈیٹ|تازہ کاری|ترمیم)|تازہ کاری کی تاریخ")),
    # Chinese (simplified and traditional): update/change dates only (发布日期/發布日期 are publication dates).
    # No spaces between words: a label after a few listed nouns (資料更新日期), or "last updated" (最後更新) after
    # any short run of Chinese characters ("本專案資料最後更新於112.03.17": this project's data, last updated on).
    ("zh", True, r"(?:[\u4e00-\u9fff]{1,8}?(?=最後|最后|上次))?(?:資料|资料|網頁|网页|頁面|页面|內容|内容|本頁|本页|信息|資訊)?"
                 r"(?:(?:最後|最后|上次|上回)(?:更新|修改|修訂|修订|異動)(?:日期|時間|时间|於|于)?|"
                 r"(?:更新|修改|修訂|修订|異動)(?:日期|時間|时间)|更新於|更新于)"),
]

DUE: list[tuple[str, str]] = [
    ("pl", _p(r"(?:data )?(?:następnej|kolejnej) (?:aktualizacji|weryfikacji)|następna aktualizacja|"
              r"następny przegląd")),
    ("cs", _p(r"(?:příští|další|plánovaná) aktualizace")),
    ("sk", _p(r"(?:nasledujúca|ďalšia|plánovaná) aktualizácia")),
    ("hu", _p(r"következő (?:frissítés|felülvizsgálat)(?: dátuma)?")),
    ("ro", _p(r"(?:următoarea|urmatoarea) (?:actualizare|revizuire)")),
    ("hr", _p(r"(?:sljedeće|sledeće|iduće) ažuriranje|(?:sljedeća|sledeća) revizija")),
    ("sl", _p(r"naslednja (?:posodobitev|revizija)")),
    ("bg", _p(r"следваща актуализация")),
    ("ru", _p(r"следующее обновление|следующий пересмотр")),
    ("uk", _p(r"наступне оновлення|наступний перегляд")),
    ("el", _p(r"επ[όο]μενη (?:ενημ[έε]ρωση|αναθε[ώω]ρηση)")),
    ("et", _p(r"järgmine (?:uuendus|ülevaatus)")),
    ("lv", _p(r"nākamā (?:atjaunināšana|pārskatīšana)")),
    ("lt", _p(r"kitas atnaujinimas|kita peržiūra")),
    ("is", _p(r"næsta (?:endurskoðun|uppfærsla)")),
    ("ca", _p(r"(?:propera|pròxima) (?:actualització|revisió)")),
    ("gl", _p(r"(?:próxima|seguinte) (?:actualización|revisión)")),
    ("eu", _p(r"hurrengo (?:eguneratzea|berrikuspena)")),
    ("cy", _p(r"(?:dyddiad )?adolygiad nesaf")),
    ("ga", _p(r"an chéad athbhreithniú eile")),
    ("tr", _p(r"(?:bir )?sonraki (?:güncelleme|gözden geçirme)(?: tarihi)?")),
    ("id", _p(r"(?:pembaruan|peninjauan) berikutnya")),
    ("ms", _p(r"(?:semakan|kemas ?kini) seterusnya")),
    ("vi", _p(r"(?:lần )?(?:cập nhật|xem xét) tiếp theo")),
    ("he", _p(r"עדכון הבא")),
    ("ar", _p(r"(?:التحديث|المراجعة) (?:القادم|القادمة|التالي|التالية)")),
    ("ko", _p(r"다음 ?(?:업데이트|검토|갱신)(?: ?예정일)?")),
    ("zh", r"下次(?:更新|审查|審查|檢視|检视)(?:日期|時間|时间)?"),
    ("ja", r"次回(?:更新|見直し)(?:予定日|予定)?"),
    ("th", r"(?:ปรับปรุงครั้งต่อไป|ทบทวนครั้งต่อไป)"),
]

# Every pattern above contains one of these (lower case): the label scan only runs the patterns near them.
STEMS = ("aktualiz", "revisi", "modyfik", "zmian", "zmien", "przegląd", "změn", "úprav", "uprav", "zmen", "frissít", "módosít",
         "felülvizsgál", "actualiz", "modific", "reviz", "ažur", "izmjen", "izmijen", "izmen", "promjen", "promen",
         "nadopun", "posodob", "sprememb", "spremenj", "reviz", "актуализ", "промян", "обнов", "измен", "редакц",
         "пересмотр", "оновл", "змін", "перегляд", "ενημ", "τροποπ", "αναθε", "uuend", "muudet", "muudatus",
         "täiendat", "ülevaat", "muutmise", "ndryshuar", "revisat", "weryfikacj", "gözden", "izmaiņ", "atjaunin", "atjaunot", "labot", "mainīt", "pārskat", "atnaujin",
         "redaguot", "keista", "peržiūr", "uppfær", "breyt", "endurskoð", "actualitz", "eguner", "aldaket",
         "berrikus", "diweddar", "adolyg", "newidiwyd", "nuashonr", "athbhreithn", "athraithe", "güncel", "değiş",
         "düzenle", "perbarui", "perbaharui", "pembaruan", "pembaharuan", "diubah", "perubahan", "mutakhir", "peninjauan", "kemas", "semakan", "cập nhật", "sửa đổi", "xem xét", "ปรับปรุง",
         "แก้ไข", "อัปเดต", "อัพเดท", "อัพเดต", "ทบทวน", "עודכן", "עדכון", "שינוי", "تحديث", "تعديل", "المراجعة",
         "수정", "변경", "갱신", "업데이트", "검토", "更新", "修改", "修訂", "修订", "異動", "审查", "審查", "檢視", "检视",
         "見直し", "अद्यतन", "अपडेट", "संशोधन", "হালনাগাদ", "আপডেট", "измен", "промен", "ажур", "përditës",
         "ndryshim", "sasish", "sasisho", "opgedateer", "bygewerk", "gewysig", "hersien", "yenilən", "yeniləm",
         "dəyişiklik", "განახლ", "թարմաց", "փոփոխ", "абнаўл", "абноўл", "змяненн", "жаңарт", "өзгеріс", "aġġorn",
         "bidla", "اپ ڈیٹ", "تازہ کاری", "ترمیم")
