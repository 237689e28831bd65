"""Write the ``.docx`` fixtures, their text twins and their known content, from specs in this file.

    python samples/docx/make_fixtures.py          # (re)write samples/docx/*.docx, *.txt, *.json
    python samples/docx/make_fixtures.py --check  # exit 1 if a committed file differs
    python samples/docx/make_fixtures.py --libreoffice  # also lo-<name>.docx (soffice)

Each fixture is a real-shaped UN letter as the Official Document System
serves it: masthead in the first-page header (``header3.xml``) with the symbol
in a DOCVARIABLE field ``sss1``, job number (``FooterJN``) and barcode in the
first-page footer (``footer3.xml``), the same variables in ``settings.xml``.
``<name>.json`` is the known content (every line with its page and style, the
masthead, the letter's parts). Each letter is also written as plain text
(masthead lines, then one paragraph per line), so that a test can check that
Word and text give the same Letter: ``ar-seed-letter.txt`` here, and the English
ones as text samples ``samples/letters/en-text-<name>/input.txt``. Two fixtures
are also copied to ``samples/letters/docx-<name>/input.docx``, the samples of
the format. The Arabic
fixture is made from the seed's Word rendition (seed lines 172-192); every
other letter is synthetic: countries are real, symbols, job numbers, names and
wording are invented.
"""

from __future__ import annotations

import json
import subprocess
import sys
import tempfile
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

from wordml import Doc, Para, Table, build, shown  # noqa: E402

LETTERS = HERE.parent / "letters"
SEED = LETTERS / "ar-text-seed-two-renditions" / "input.txt"


def masthead(
    org: str, organs: list[str], symbols: list[str], lines: list[str], job: str, rtl: bool = False
) -> dict[str, object]:
    """The four header/footer parts and the document variables of an ODS letter."""
    names = [f"sss{i}" for i in range(1, len(symbols) + 1)]
    symbol_cell = [
        Para(f"{{{{DOCVARIABLE {n} \\* MERGEFORMAT|{s}}}}}")
        for n, s in zip(names, symbols, strict=True)
    ]
    first = Table(
        [
            [[Para(org, rtl=rtl)], symbol_cell],
            [[Para(o, rtl=rtl) for o in organs], [Para(line) for line in lines]],
        ]
    )
    digits = job.split(" ")[0].replace("-", "")
    return {
        "header_first": [first],
        "header_default": [Para(f"{{{{DOCVARIABLE sss1|{symbols[0]}}}}}")],
        "footer_first": [
            Para(f"[[DOCVARIABLE FooterJN|{job}]]\t080811\t080811"),
            Para(f"*{digits}*", style="Barcode"),
        ],
        "footer_default": [Para(f"{job.split(' ')[0]}\t[[PAGE|2]]/[[NUMPAGES|3]]")],
        "doc_vars": {**dict(zip(names, symbols, strict=True)), "FooterJN": job},
    }


def arabic_seed() -> tuple[Doc, dict[str, object]]:
    word = SEED.read_text(encoding="utf-8").splitlines()[171:192]
    signed_name, signed_title = word[1].split("بوري", 1)
    title = (
        "رسالة مؤرخة 5 آب/أغسطس 2011 موجهة إلى الأمين العام"
        " من الممثل الدائم للهند لدى الأمم المتحدة"
    )
    # Quotes as the seed's Word text has them: ” opens and “ closes, right to left.
    opening = (
        "\tيشرفني أن أبلغكم أن من المقرر أن يعقد مجلس الأمن، تحت رئاسة الهند، مناقشة مفتوحة بشأن"
        " موضوع ”عمليات الأمم المتحدة لحفظ السلام“، وذلك يوم الجمعة 26 آب/أغسطس 2011."
        " وللمساعدة في توجيه النقاش بشأن الموضوع، أعدت الهند الورقة المفاهيمية المرفقة بعنوان"
        " ”حفظ السلام: تقييم للحصيلة وإعداد للمستقبل“ (انظر المرفق)."
    )
    annex = [Para(line, rtl=True, page=2) for line in word[4:9]]
    annex += [Para(word[9][:60] + "\x01" + word[9][60:], rtl=True, page=2)]  # ends on p. 3
    annex += [Para(line, rtl=True, page=3) for line in word[10:]]
    body = [
        Para(title, style="HChG", rtl=True),
        Para(opening, style="SingleTxtG", rtl=True),
        Para(word[0], style="SingleTxtG", rtl=True),
        # The seed's Word text lost this line break ("بوريالممثل"); the file keeps it.
        Para(f"{signed_name}بوري\n{signed_title.strip()}", rtl=True),
        Para(word[2], style="HChG", rtl=True, page_break_before=True, page=2),
        Para(word[3], style="H1G", rtl=True, page=2),
        *annex,
    ]
    parts = masthead(
        "الأمم المتحدة",
        ["مجلس الأمن"],
        ["S/2011/496"],
        ["Distr.: General", "8 آب/أغسطس 2011", "Arabic", "Original: English"],
        "11-44795 (A)",
        rtl=True,
    )
    known = {
        "language": "ar",
        "issue_date": "2011-08-08",
        "title": title,
        "date": "2011-08-05",
        "addressee": "الأمين العام",
        "signatory": "هـ. س. بوري",
        "signatory_title": "الممثل الدائم",
        "annexes": ["ورقة مفاهيمية"],
    }
    return Doc(body=body, **parts), known


def english_india() -> tuple[Doc, dict[str, object]]:
    title = (
        "Letter dated 5 August 2011 from the Permanent Representative of India to the "
        "United Nations addressed to the Secretary-General"
    )
    body = [
        Para(title, style="HChG"),
        Para(
            "I have the honour to inform you that the Security Council, under the presidency of "
            "India, will hold an open debate on “United Nations peacekeeping operations” on "
            "Friday, 26 August 2011. To help steer the discussion, India has prepared the "
            "~~enclosed~~++attached++ concept paper entitled “Peacekeeping: taking stock and "
            "preparing for the future” (see annex).",
            style="SingleTxtG",
        ),
        Para(
            "I should be grateful if the present letter and its annex could be circulated as a "
            "document of the Security Council.",
            style="SingleTxtG",
        ),
        Para("(Signed) Hardeep Singh Puri\nPermanent Representative"),
        Para(
            "Annex to the letter dated 5 August 2011 from the Permanent Representative of India "
            "to the United Nations addressed to the Secretary-General",
            style="HChG",
            page_break_before=True,
            page=2,
        ),
        Para("Peacekeeping: taking stock and preparing for the future", style="H1G", page=2),
        Para("Concept paper", style="H23G", page=2),
        Para(
            "Peacekeeping, a term not found in the Charter of the United Nations, has become a "
            "central activity of the Organization.^1 It consumes more resources and occupies more "
            "of the Council’s time than any other matter.",
            style="SingleTxtG",
            page=2,
        ),
        Para(
            "Over the past two decades, budgets have grown about 27\u2011fold and the number of "
            "peacekeepers tenfold.\x01 The consent of host States remains central.",
            style="SingleTxtG",
            page=2,
        ),
    ]
    parts = masthead(
        "United Nations",
        ["Security Council"],
        ["S/2011/496"],
        ["Distr.: General", "8 August 2011", "", "Original: English"],
        "11-44797 (E)",
    )
    notes = {"1": [Para("See Article 1 of the Charter.", style="FootnoteText")]}
    known = {
        "language": "en",
        "title": title,
        "date": "2011-08-05",
        "issue_date": "2011-08-08",
        "addressee": "the Secretary-General",
        "signatory": "Hardeep Singh Puri",
        "signatory_title": "Permanent Representative",
        "annexes": ["Peacekeeping: taking stock and preparing for the future"],
    }
    return Doc(body=body, footnotes=notes, **parts), known


def english_norway() -> tuple[Doc, dict[str, object]]:
    title = (
        "Letter dated 12 March 2019 from the Permanent Representative of Norway to the "
        "United Nations addressed to the President of the Security Council"
    )
    body = [
        Para(title, style="HChG"),
        Para(
            "I have the honour to transmit herewith the summary of the Arria-formula meeting on "
            "women in peace processes held on 1 March 2019 (annex I) and the list of speakers "
            "(annex II).",
            style="SingleTxtG",
        ),
        Para(
            "I would be grateful if you would have the present letter and its annexes circulated "
            "as a document of the Security Council.",
            style="SingleTxtG",
        ),
        Para("(Signed) Ingrid Haugland\nAmbassador\nPermanent Representative", style="Signature"),
        Para("Annex I", style="HChG", page_break_before=True, page=2),
        Para("Summary of the Arria-formula meeting", style="H1G", page=2),
        Para(
            "Participants underlined that agreements signed with women at the table last longer.",
            style="SingleTxtG",
            page=2,
        ),
        Para("\fAnnex II", style="HChG", page=3),
        Para("List of speakers", style="H1G", page=3),
        Para("\tNorway\n\tSouth Africa\n\tIndonesia", style="SingleTxtG", page=3),
    ]
    parts = masthead(
        "United Nations",
        ["Security Council"],
        ["S/2019/231"],
        ["Distr.: General", "14 March 2019", "", "Original: English"],
        "19-04218 (E)",
    )
    known = {
        "language": "en",
        "title": title,
        "date": "2019-03-12",
        "issue_date": "2019-03-14",
        "addressee": "the President of the Security Council",
        "signatory": "Ingrid Haugland",
        # Title lines under the name are joined, in order, into one title.
        "signatory_title": "Ambassador Permanent Representative",
        "annexes": ["Summary of the Arria-formula meeting", "List of speakers"],
    }
    return Doc(body=body, **parts), known


def english_chile() -> tuple[Doc, dict[str, object]]:
    title = (
        "Identical letters dated 3 September 2013 from the Permanent Representative of Chile "
        "to the United Nations addressed to the Secretary-General and the President of the "
        "Security Council"
    )
    body = [
        Para(title, style="HChG"),
        Para(
            "On instructions from my Government, I have the honour to transmit the declaration of "
            "the Ministers for Foreign Affairs of the Pacific Alliance, adopted in Cali on "
            "23 May 2013 (see annex).",
            style="SingleTxtG",
        ),
        Para(
            "I should be grateful if the present letter and its annex could be circulated as a "
            "document of the General Assembly, under agenda item 31, and of the Security Council.",
            style="SingleTxtG",
        ),
        Para("(Signed) Carlos Rivera Soto\nAmbassador, Permanent Representative"),
        Para(
            "\f\x01Annex to the identical letters dated 3 September 2013 from the Permanent "
            "Representative of Chile to the United Nations addressed to the Secretary-General and "
            "the President of the Security Council",
            style="HChG",
            page=2,
        ),
        Para("Declaration of Cali", style="H1G", page=2),
        Para("The Ministers reaffirm their commitment to regional integration.", page=2),
        Para("Enclosure", style="HChG", page=2),
        Para("Joint communiqué", style="H1G", page=2),
        Para("The parties will meet again in 2014.", style="SingleTxtG", page=2),
    ]
    parts = masthead(
        "United Nations",
        ["General Assembly", "Security Council"],
        ["A/68/345", "S/2013/523"],
        ["Distr.: General", "5 September 2013", "", "Original: Spanish"],
        "13-45601 (E)",
    )
    known = {
        "language": "en",
        "title": title,
        "date": "2013-09-03",
        "issue_date": "2013-09-05",
        "addressee": "the Secretary-General and the President of the Security Council",
        "signatory": "Carlos Rivera Soto",
        "signatory_title": "Ambassador, Permanent Representative",
        # The model has annexes only: an enclosure is one more, headed "Enclosure".
        "annexes": ["Declaration of Cali", "Joint communiqué"],
    }
    return Doc(body=body, **parts), known


def english_ga_session() -> tuple[Doc, dict[str, object]]:
    """A joint letter to the General Assembly: the session block opens the body."""
    title = (
        "Letter dated 6 March 2013 from the Permanent Representative of Nepal to the "
        "United Nations addressed to the Secretary-General"
    )
    agenda_title = (
        "Groups of countries in special situations: follow-up to the Fourth United Nations "
        "Conference on the Least Developed Countries"
    )
    body = [
        Para("General Assembly"),
        Para("Sixty-seventh session"),
        Para("Agenda items 22 (b) and 119"),
        Para(agenda_title),
        Para("Security Council"),
        Para("Sixty-eighth year"),
        Para(title, style="HChG"),
        Para(
            "I have the honour to transmit herewith the Kathmandu declaration adopted at the "
            "ministerial meeting of the least developed countries (see annex).",
            style="SingleTxtG",
        ),
        Para(
            "I should be grateful if the present letter and its annex could be circulated as a "
            "document of the General Assembly, under agenda items 22 (b) and 119, and of the "
            "Security Council.",
            style="SingleTxtG",
        ),
        Para("(Signed) Gyan Chandra Acharya\nPermanent Representative"),
        Para(
            "Annex to the letter dated 6 March 2013 from the Permanent Representative of Nepal "
            "to the United Nations addressed to the Secretary-General",
            style="HChG",
            page_break_before=True,
            page=2,
        ),
        Para("Kathmandu declaration", style="H1G", page=2),
        Para("The ministers met in Kathmandu and adopted this declaration.", page=2),
    ]
    parts = masthead(
        "United Nations",
        ["General Assembly", "Security Council"],
        ["A/67/775", "S/2013/143"],
        ["Distr.: General", "8 March 2013", "", "Original: English"],
        "13-25601 (E)",
    )
    known = {
        "language": "en",
        "title": title,
        "date": "2013-03-06",
        "issue_date": "2013-03-08",
        "addressee": "the Secretary-General",
        "signatory": "Gyan Chandra Acharya",
        "signatory_title": "Permanent Representative",
        "annexes": ["Kathmandu declaration"],
        "sessions": [
            {
                "organ": "General Assembly",
                "session": 67,
                "year": None,
                "agenda_items": ["22 (b)", "119"],
                "agenda_title": agenda_title,
            },
            {
                "organ": "Security Council",
                "session": None,
                "year": 68,
                "agenda_items": [],
                "agenda_title": None,
            },
        ],
    }
    return Doc(body=body, **parts), known


FIXTURES = {
    "ar-seed-letter": arabic_seed,
    "en-india-2011": english_india,
    "en-norway-two-annexes": english_norway,
    "en-chile-joint-enclosure": english_chile,
    "en-ga-session": english_ga_session,
}


SAMPLES = ("ar-seed-letter", "en-chile-joint-enclosure")
LIBREOFFICE = ("en-india-2011", "ar-seed-letter")


def _blocks_text(blocks: list[Para | Table]) -> list[str]:
    paras: list[Para] = []
    for block in blocks:
        if isinstance(block, Para):
            paras.append(block)
        else:
            paras.extend(p for row in block.rows for cell in row for p in cell)
    return [line for p in paras for line in shown(p.text) if line.strip()]


def known_content(doc: Doc, letter: dict[str, object]) -> dict[str, object]:
    """What a reader must get: lines with page and style, masthead text, and the letter's parts."""
    lines = [
        [text, para.page, para.style]
        for para in doc.body
        for text in shown(para.text)
        if text.strip()
    ]
    # Footnotes are not lines of the body (see unarchive/readers/docx/reader.py).
    return {
        "lines": lines,
        "header": _blocks_text(doc.header_first),
        "footer": _blocks_text(doc.footer_first),
        "variables": doc.doc_vars,
        "letter": letter,
    }


def text_twin(known: dict[str, object]) -> str:
    """The same letter as a plain-text dump: masthead lines, a blank line, then the body."""
    header = [str(line) for line in known["header"]]
    body = [str(line[0]) for line in known["lines"]]
    return "\n".join([*header, "", *body]) + "\n"


def outputs() -> dict[Path, bytes]:
    files: dict[Path, bytes] = {}
    for name, make in FIXTURES.items():
        doc, letter = make()
        known = known_content(doc, letter)
        files[HERE / f"{name}.docx"] = build(doc)
        if name in SAMPLES:  # the same file as a sample of the format, beside the others
            files[LETTERS / f"docx-{name}" / "input.docx"] = files[HERE / f"{name}.docx"]
        files[HERE / f"{name}.json"] = (
            json.dumps(known, ensure_ascii=False, indent=1).encode("utf-8") + b"\n"
        )
        # English twins are also text samples of the letter grammar.
        twin = HERE / f"{name}.txt"
        if name.startswith("en-"):
            twin = LETTERS / f"en-text-{name[3:]}" / "input.txt"
        files[twin] = text_twin(known).encode("utf-8")
    return files


def libreoffice(name: str) -> Path:
    """Round-trip a fixture through LibreOffice (docx -> odt -> docx): a real writer's output.

    Needs ``soffice`` on PATH; the result is committed as ``lo-<name>.docx`` and is
    not rewritten by a plain run (LibreOffice's bytes vary from version to version).
    """
    with tempfile.TemporaryDirectory() as tmp:
        work = Path(tmp)
        (work / "in.docx").write_bytes((HERE / f"{name}.docx").read_bytes())
        profile = f"-env:UserInstallation=file://{work}/profile"
        for target, source in (("odt", "in.docx"), ("docx:MS Word 2007 XML", "in.odt")):
            subprocess.run(
                ["soffice", "--headless", "--norestore", profile, "--convert-to", target,
                 "--outdir", str(work / "out" if target != "odt" else work), str(work / source)],
                check=True, capture_output=True, timeout=300,
            )  # fmt: skip
        out = HERE / f"lo-{name}.docx"
        out.write_bytes((work / "out" / "in.docx").read_bytes())
    return out


def main(argv: list[str]) -> int:
    if "--libreoffice" in argv:
        for name in LIBREOFFICE:
            print(f"wrote {libreoffice(name)}")
        return 0
    stale = [
        path for path, data in outputs().items() if not path.exists() or path.read_bytes() != data
    ]
    if "--check" in argv:
        for path in stale:
            print(f"stale: {path}")
        return 1 if stale else 0
    for path, data in outputs().items():
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_bytes(data)
    print(f"wrote {len(outputs())} files in {HERE}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
