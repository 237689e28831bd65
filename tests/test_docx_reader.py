"""What the WordprocessingML reader sees: fields, breaks, pages, text boxes, tables, runs."""

from __future__ import annotations

import sys
from pathlib import Path

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

import unarchive
from unarchive.parsed import Line
from unarchive.readers.docx.masthead import read_masthead

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "samples" / "docx"))

from wordml import W_NS, Doc, Para, build, zip_parts  # noqa: E402

MC = "http://schemas.openxmlformats.org/markup-compatibility/2006"


def read(body: str, **parts: str) -> list[Line]:
    xml = f'<w:document xmlns:w="{W_NS}" xmlns:mc="{MC}"><w:body>{body}</w:body></w:document>'
    files = {"word/document.xml": xml, **{f"word/{k}.xml": v for k, v in parts.items()}}
    return list(unarchive.parse(zip_parts(files)).renditions[0].lines)  # type: ignore[arg-type]


def p(inner: str, props: str = "") -> str:
    return f"<w:p><w:pPr>{props}</w:pPr>{inner}</w:p>"


def r(text: str) -> str:
    return f'<w:r><w:t xml:space="preserve">{text}</w:t></w:r>'


def texts(lines: list[Line]) -> list[str]:
    return [line.text for line in lines]


def test_nested_complex_fields_show_only_the_outer_result() -> None:
    body = p(
        r("Symbol: ")
        + '<w:r><w:fldChar w:fldCharType="begin"/></w:r>'
        + "<w:r><w:instrText>IF </w:instrText></w:r>"
        + '<w:r><w:fldChar w:fldCharType="begin"/></w:r>'
        + "<w:r><w:instrText>DOCVARIABLE sss1</w:instrText></w:r>"
        + '<w:r><w:fldChar w:fldCharType="separate"/></w:r>'
        + r("HIDDEN")
        + '<w:r><w:fldChar w:fldCharType="end"/></w:r>'
        + '<w:r><w:instrText> = "" "none" "S/2011/496"</w:instrText></w:r>'
        + '<w:r><w:fldChar w:fldCharType="separate"/></w:r>'
        + r("S/2011/496")
        + '<w:r><w:fldChar w:fldCharType="end"/></w:r>'
    )
    assert texts(read(body)) == ["Symbol: S/2011/496"]


def test_a_field_result_can_span_paragraphs() -> None:
    body = (
        p('<w:r><w:fldChar w:fldCharType="begin"/></w:r><w:r><w:instrText>TOC</w:instrText></w:r>')
        + p('<w:r><w:fldChar w:fldCharType="separate"/></w:r>' + r("Annex"))
        + p(r("Enclosure") + '<w:r><w:fldChar w:fldCharType="end"/></w:r>')
        + p(r("after"))
    )
    assert texts(read(body)) == ["Annex", "Enclosure", "after"]


def test_alternate_content_is_read_once_and_text_boxes_not_at_all() -> None:
    box = f"<w:txbxContent>{p(r('in a box'))}</w:txbxContent>"
    alternate = (
        f"<mc:AlternateContent><mc:Choice Requires='wps'><w:r><w:drawing>{box}</w:drawing></w:r>"
        f"</mc:Choice><mc:Fallback><w:r><w:pict>{box}</w:pict></w:r></mc:Fallback>"
        "</mc:AlternateContent>"
    )
    assert texts(read(p(r("before ") + alternate + r("after")))) == ["before after"]


def test_hidden_text_is_not_shown_but_its_field_characters_count() -> None:
    hidden = "<w:rPr><w:vanish/></w:rPr>"
    body = p(
        r("shown")
        + f"<w:r>{hidden}<w:t>hidden</w:t></w:r>"
        + f'<w:r>{hidden}<w:fldChar w:fldCharType="begin"/></w:r>'
        + "<w:r><w:instrText>DOCVARIABLE sss1</w:instrText></w:r>"
        + '<w:r><w:fldChar w:fldCharType="separate"/></w:r>'
        + r(" S/2011/496")
        + f'<w:r>{hidden}<w:fldChar w:fldCharType="end"/></w:r>'
        + r(" after")
        + '<w:r><w:rPr><w:vanish w:val="0"/></w:rPr><w:t> visible</w:t></w:r>'
    )
    assert texts(read(body)) == ["shown S/2011/496 after visible"]


def test_tab_stops_are_not_tabs_and_tabs_are() -> None:
    props = '<w:tabs><w:tab w:val="left" w:pos="720"/></w:tabs>'
    assert texts(read(p("<w:r><w:tab/></w:r>" + r("text"), props))) == ["\ttext"]


def test_table_cells_read_in_order() -> None:
    cell = "<w:tc>{}</w:tc>"
    row = "<w:tr>" + cell.format(p(r("a"))) + cell.format(p(r("b"))) + "</w:tr>"
    assert texts(read(f"<w:tbl>{row}{row.replace('a', 'c').replace('b', 'd')}</w:tbl>")) == [
        "a",
        "b",
        "c",
        "d",
    ]


def test_blank_paragraphs_are_left_out_and_numbers_follow_the_text() -> None:
    lines = read(p(r("one")) + p("") + p(r("   ")) + p(r("two")))
    assert [(line.number, line.text) for line in lines] == [(1, "one"), (2, "two")]


def test_page_breaks_count_once_and_not_before_any_text() -> None:
    body = (
        p(r("first"), "<w:pageBreakBefore/>")
        + p('<w:r><w:br w:type="page"/></w:r>')
        + p("<w:r><w:lastRenderedPageBreak/></w:r>" + r("second"), "<w:pageBreakBefore/>")
        + p(r("still second") + "<w:r><w:lastRenderedPageBreak/></w:r>" + r(" and on"))
        + p(r("third"))
    )
    assert [(line.text, line.page) for line in read(body)] == [
        ("first", 1),
        ("second", 2),
        ("still second and on", 2),
        ("third", 3),
    ]


def test_section_breaks_start_a_page_unless_continuous() -> None:
    continuous = '<w:sectPr><w:type w:val="continuous"/></w:sectPr>'
    body = p(r("a"), continuous) + p(r("b"), "<w:sectPr/>") + p(r("c")) + "<w:sectPr/>"
    assert [line.page for line in read(body)] == [1, 1, 2]


def test_line_breaks_split_lines_and_keep_the_style() -> None:
    body = p(
        r("(Signed) A. B.") + "<w:r><w:br/></w:r>" + r("Ambassador"), '<w:pStyle w:val="Sig"/>'
    )
    assert [(line.text, line.style) for line in read(body)] == [
        ("(Signed) A. B.", "Sig"),
        ("Ambassador", "Sig"),
    ]


def test_rtl_text_is_kept_in_logical_order() -> None:
    body = p("<w:r><w:rPr><w:rtl/></w:rPr><w:t>مجلس الأمن</w:t></w:r>", "<w:bidi/>")
    assert texts(read(body)) == ["مجلس الأمن"]


def test_masthead_from_text_when_there_are_no_fields() -> None:
    header = (
        f'<w:hdr xmlns:w="{W_NS}">'
        + p(r("UNITED NATIONS"))
        + p(r("S/1994/118"))
        + p(r("Distr. GENERAL"))
        + p(r("3 February 1994"))
        + p(r("ORIGINAL: ENGLISH"))
        + "</w:hdr>"
    )
    footer = f'<w:ftr xmlns:w="{W_NS}">' + p(r("94-04512 (E)\t030294")) + "</w:ftr>"
    data = zip_parts(
        {
            "word/document.xml": f'<w:document xmlns:w="{W_NS}"><w:body>{p(r("x"))}</w:body>'
            "</w:document>",
            "word/header2.xml": header,
            "word/footer2.xml": footer,
        }
    )
    meta = unarchive.parse(data).letter.metadata
    assert (meta.symbol, meta.job_number, meta.distribution) == (
        "S/1994/118",
        "94-04512 (E)",
        "GENERAL",
    )
    assert (str(meta.issue_date), meta.original_language) == ("1994-02-03", "ENGLISH")


_PLAIN = st.text(
    st.characters(
        codec="utf-8",
        exclude_categories=("Cs", "Cc", "Zl", "Zp"),
        exclude_characters="~+^{}[]\u2011\ufffe\uffff\x85",
    ),
    min_size=1,
    max_size=60,
).filter(lambda s: s.strip() != "")


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(_PLAIN, min_size=1, max_size=8), st.booleans())
def test_any_text_survives_the_round_trip(paragraphs: list[str], rtl: bool) -> None:
    parsed = unarchive.parse(build(Doc(body=[Para(t, rtl=rtl) for t in paragraphs])))
    assert texts(list(parsed.renditions[0].lines)) == paragraphs


def test_the_body_part_is_found_by_the_package_relationship() -> None:
    rels = (
        '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
        '<Relationship Id="rId1" Target="word/document2.xml" Type="http://schemas.openxml'
        'formats.org/officeDocument/2006/relationships/officeDocument"/></Relationships>'
    )
    body = f'<w:document xmlns:w="{W_NS}"><w:body>{p(r("second body"))}</w:body></w:document>'
    data = zip_parts({"_rels/.rels": rels, "word/document2.xml": body})
    assert texts(list(unarchive.parse(data).renditions[0].lines)) == ["second body"]


def test_a_job_number_variable_is_completed_by_the_printed_footer() -> None:
    masthead = read_masthead([], ["11-44797 (E)\t080811\t080811"], [], {"FooterJN": "11-44797"})
    assert masthead.job_number == "11-44797 (E)"
    masthead = read_masthead([], ["*1144797*"], [], {"FooterJN": "11-44797 (E)"})
    assert masthead.job_number == "11-44797 (E)"


_PIECES = st.lists(
    st.sampled_from(["word", "\f", "\x01", "\n", "\t", "{{DOCVARIABLE x|field}}"]),
    min_size=1,
    max_size=6,
)


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(st.tuples(_PIECES, st.booleans()), min_size=1, max_size=8))
def test_pages_only_grow_and_only_at_breaks(paragraphs: list[tuple[list[str], bool]]) -> None:
    body = [Para("".join(pieces), page_break_before=before) for pieces, before in paragraphs]
    breaks = sum(p.text.count("\f") + p.text.count("\x01") + p.page_break_before for p in body)
    lines = list(unarchive.parse(build(Doc(body=body))).renditions[0].lines)
    pages = [line.page or 0 for line in lines]
    assert pages == sorted(pages)
    # A page may hold only blank lines (a tab, then a page break): its number is skipped.
    assert not pages or (pages[0] >= 1 and pages[-1] <= 1 + breaks)
    assert [line.number for line in lines] == list(range(1, len(lines) + 1))
    assert all(line.text.strip() for line in lines)
