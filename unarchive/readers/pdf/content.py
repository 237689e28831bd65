"""A fast reader for the common subset of content-stream syntax, with pypdf as the fallback.

pypdf's content-stream parser reads one byte at a time and makes a PDF object
for every operand; on a page of Arabic it costs as much as the rest of the
glyph reading. This module tokenizes with one regular expression and hands
the glyph reader plain values: numbers as ``float``, strings as the ``bytes``
they stand for, names as ``NameObject``, arrays as ``ArrayObject``, and
dictionaries (marked-content properties) as pypdf would build them, and an
unfiltered inline image whose settings give its length as pypdf's operand.
Whatever it is not sure to read exactly as pypdf does (other inline images,
nested parentheses, unknown escapes, names with ``#``, stray bytes, a huge
stream) makes it give up, and the caller uses pypdf's own parser: the operations are
the same either way.
"""

from __future__ import annotations

import math
import re
from typing import Any

from pypdf.generic import (
    ArrayObject,
    ContentStream,
    DictionaryObject,
    FloatObject,
    NameObject,
    NumberObject,
    create_string_object,
)

Operation = tuple[list[Any], bytes]

_DELIMITER = rb"\s()<>\[\]{}/%"
# Whitespace is taken with the token after it: one match per token.
_TOKEN = re.compile(
    rb"[ \t\r\n]*(?:"
    rb"(?P<num>[+-]?(?:\d+(?:\.\d*)?|\.\d+))(?![-+.\d])"
    rb"|(?P<name>/[^\x00-\x20\x7f-\xff()<>\[\]{}/%#]*)(?=[" + _DELIMITER + rb"]|\Z)"
    rb"|(?P<op>[A-Za-z'\"][^" + _DELIMITER + rb"]{0,127})(?=[" + _DELIMITER + rb"]|\Z)"
    rb"|(?P<lit>\((?:[^()\\]|\\(?:[0-7]{1,3}|[\r\n]{1,2}|[nrtbf()\\/ %<>\[\]#_&$]))*\))"
    rb"|(?P<hex><(?!<)[0-9A-Fa-f \t\r\n]*>)"
    rb"|(?P<open>\[|<<)"
    rb"|(?P<close>\]|>>)"
    rb"|(?P<comment>%[^\r\n]*)"
    rb"|(?P<end>\Z)"
    rb"|(?P<other>[\s\S]))"  # no token starts here: give up (so every position matches)
)
_NUMBER = rb"[+-]?(?:\d+(?:\.\d*)?|\.\d+)"
_OPERATOR = rb"[A-Za-z'\"][^" + _DELIMITER + rb"]{0,127}(?=[" + _DELIMITER + rb"]|\Z)"
_HEX_STRING = rb"<(?!<)[0-9A-Fa-f \t\r\n]*>"
# A literal string without nested parentheses, its escapes the ones _TOKEN takes
# ("unrolled": one way to match, so a string that fails costs one pass).
_ESCAPE_SEQUENCE = rb"\\(?:[0-7]{1,3}|[\r\n]{1,2}|[nrtbf()\\/ %<>\[\]#_&$])"
_LITERAL = rb"\([^()\\]*(?:" + _ESCAPE_SEQUENCE + rb"[^()\\]*)*\)"
_ITEM = rb"(?:" + _HEX_STRING + rb"|" + _LITERAL + rb"|" + _NUMBER + rb"(?![-+.\d]))"
# Most operations are numbers, perhaps a string or an array of strings and
# numbers, and an operator ("1 0 0 1 72 700 Tm", "(word) Tj", "[<0102> -3 <03>]
# TJ"): one match reads them all, and gives the tokens _TOKEN would give.
# Whatever else (names, dictionaries, nested parentheses, comments) is left to _TOKEN.
_PLAIN_OPERATION = re.compile(
    rb"[ \t\r\n]*((?:" + _NUMBER + rb"[ \t\r\n]+)*)"
    rb"(?:(" + _LITERAL + rb")|(" + _HEX_STRING + rb")"
    rb"|\[((?:[ \t\r\n]*" + _ITEM + rb")*)[ \t\r\n]*\])?"
    rb"[ \t\r\n]*(" + _OPERATOR + rb")"
)
_ITEMS = re.compile(
    rb"[ \t\r\n]*(?:(" + _HEX_STRING + rb")|(" + _LITERAL + rb")|(" + _NUMBER + rb"))"
)
_ESCAPE = re.compile(rb"\\(?:([0-7]{1,3})|[\r\n]{1,2}|(.))", re.DOTALL)
_ESCAPED = {
    b"n": b"\n",
    b"r": b"\r",
    b"t": b"\t",
    b"b": b"\b",
    b"f": b"\f",
}
# pypdf stops after 2 000 000 units of work (about one a token, at most one a byte);
# a stream anywhere near that is left to it.
_MAX_BYTES = 1_000_000


class _GiveUp(Exception):
    """The stream uses syntax this reader leaves to pypdf."""


def operations(content: ContentStream) -> list[Operation]:
    """The stream's (operands, operator) pairs, read here when possible, else by pypdf."""
    try:
        return _read(content.get_data(), content.forced_encoding)
    except Exception:  # _GiveUp, or a slip of this reader: pypdf's answer is the reference
        return content.operations


def _unescape(match: re.Match[bytes]) -> bytes:
    octal, other = match.group(1), match.group(2)
    if octal is not None:
        value = int(octal, 8)
        if value > 255:  # pypdf keeps the backslash and rereads the digits
            raise _GiveUp
        return bytes((value,))
    if other is None:
        return b""  # an escaped line break
    return _ESCAPED.get(other, other)


def _literal(token: bytes) -> bytes:
    body = token[1:-1]
    return _ESCAPE.sub(_unescape, body) if b"\\" in body else body


def _hex(token: bytes) -> bytes:
    digits = re.sub(rb"[ \t\r\n]", b"", token[1:-1])
    if len(digits) % 2:
        digits += b"0"
    return bytes.fromhex(digits.decode("ascii"))


def _read(data: bytes, encoding: Any) -> list[Operation]:
    if len(data) > _MAX_BYTES:
        raise _GiveUp
    out: list[Operation] = []
    operands: list[Any] = []
    stack: list[tuple[list[Any], bool]] = []  # open arrays and dictionaries
    target = operands
    in_dict = False
    plain, token_at = _PLAIN_OPERATION.match, _TOKEN.match
    position = 0
    # A plain operation is tried where an operation starts, outside arrays and
    # dictionaries; once it fails, _TOKEN reads on to the operator (trying again
    # at every token of a long run would make the reading quadratic).
    try_plain = True
    while True:
        if try_plain and not stack:
            found = plain(data, position)
            if found is None:
                try_plain = False
            else:
                numbers, literal, hexadecimal, items, operator = found.groups()
                if numbers:
                    operands.extend(map(float, numbers.split()))
                if literal is not None:
                    operands.append(_literal(literal))
                elif hexadecimal is not None:
                    operands.append(_hex(hexadecimal))
                elif items is not None:
                    operands.append(_array(items))
                position = found.end()
                if operator == b"BI":
                    if operands:
                        raise _GiveUp
                    operation, position = _inline_image(data, position)
                    out.append(operation)
                    continue
                out.append((operands, operator))
                operands = target = []
                continue
        # Every position matches some alternative of _TOKEN, so no byte is skipped.
        found = token_at(data, position)
        assert found is not None
        position = found.end()
        kind = found.lastgroup or "end"
        token = found.group(kind) if kind != "end" else b""
        if kind == "num":
            target.append(_number(token) if in_dict else float(token))
        elif kind == "op":
            if stack or (token == b"BI" and operands):
                raise _GiveUp
            if token == b"BI":
                operation, position = _inline_image(data, position)
                out.append(operation)
            else:
                out.append((operands, token))
            operands = target = []
            try_plain = True
        elif kind == "name":
            target.append(NameObject(token.decode("ascii")))
        elif kind == "lit" or kind == "hex":
            raw = _literal(token) if kind == "lit" else _hex(token)
            target.append(create_string_object(raw, encoding) if in_dict else raw)
        elif kind == "open":
            stack.append((target, in_dict))
            in_dict = in_dict or token == b"<<"
            target = [token]  # the kind of container, removed on close
        elif kind == "close":
            target, in_dict = _close(stack, target, token, in_dict)
        elif kind == "end":
            break
        elif kind == "other":
            raise _GiveUp
    if stack:
        raise _GiveUp
    return out


# The settings of an inline image read here: an image without a filter whose
# sample length pypdf computes from them. Anything else is left to pypdf.
_IMAGE_KEYS = frozenset({"/W", "/H", "/BPC", "/CS"})
_PDF_WHITESPACE = b"\x00\t\n\f\r "
_EI_END = (b"", b" ", b"\t", b"\n", b"\r")  # what may follow "EI" (pypdf: any whitespace)


def _inline_image(data: bytes, position: int) -> tuple[Operation, int]:
    """``BI`` ... ``EI`` read from just after ``BI``: the operation, and where reading goes on.

    Only the plain case (old Distiller draws its rules as one-pixel-high
    unfiltered images): the data is as long as the settings say, as pypdf
    reads it, and ``EI`` follows it. Otherwise pypdf reads the stream.
    """
    settings = DictionaryObject()
    while True:
        found = _TOKEN.match(data, position)
        assert found is not None  # every position matches
        if found.lastgroup == "op" and found.group("op") == b"ID":
            break
        value = _TOKEN.match(data, found.end())
        assert value is not None
        if found.lastgroup != "name" or value.lastgroup not in ("num", "name"):
            raise _GiveUp
        key = NameObject(found.group("name").decode("ascii"))
        if key not in _IMAGE_KEYS or key in settings:
            raise _GiveUp
        number = value.lastgroup == "num"
        token = value.group("num" if number else "name")
        settings[key] = _number(token) if number else NameObject(token.decode("ascii"))
        position = value.end()
    start = found.end() + 1  # pypdf takes "ID" and the one byte after it
    length = _sample_length(settings)
    end = start + length
    if not 0 < length < len(data) - start:
        raise _GiveUp
    after = end
    while after < len(data) and data[after] in _PDF_WHITESPACE:
        after += 1
    if data[after : after + 2] != b"EI" or data[after + 2 : after + 3] not in _EI_END:
        raise _GiveUp
    image: Any = {"settings": settings, "data": data[start:end]}  # pypdf's operand, as it is
    return (image, b"INLINE IMAGE"), after + 2


def _sample_length(settings: DictionaryObject) -> int:
    """The image's bytes, as pypdf counts them for an image without a filter; -1 if unsure."""
    space = settings.get("/CS", "")
    width, height, bits = settings.get("/W"), settings.get("/H"), settings.get("/BPC")
    if "RGB" in space or "CMYK" in space:
        return -1  # pypdf ignores /BPC there: left to it
    if not (
        isinstance(width, NumberObject)
        and isinstance(height, NumberObject)
        and isinstance(bits, NumberObject)
        and min(width, height, bits) > 0
    ):
        return -1
    return math.ceil(width * (bits / 8.0)) * height


def _array(items: bytes) -> ArrayObject:
    """The strings and numbers of a plain array, as _TOKEN and _close would make it."""
    # findall gives b"" for the groups that did not take part; no token is empty.
    return ArrayObject(
        _hex(hexadecimal) if hexadecimal else _literal(literal) if literal else float(number)
        for hexadecimal, literal, number in _ITEMS.findall(items)
    )


def _number(token: bytes) -> Any:
    """A number inside a dictionary, as pypdf makes it."""
    text = token.decode("ascii")
    return FloatObject(text) if "." in text else NumberObject(text)


def _close(
    stack: list[tuple[list[Any], bool]], items: list[Any], token: bytes, in_dict: bool
) -> tuple[list[Any], bool]:
    if not stack or items[0] != (b"[" if token == b"]" else b"<<"):
        raise _GiveUp
    parent, parent_dict = stack.pop()
    values = items[1:]
    if token == b"]":
        parent.append(ArrayObject(values))
        return parent, parent_dict
    keys = values[::2]
    if len(values) % 2 or not all(isinstance(k, NameObject) for k in keys):
        raise _GiveUp
    if len(set(keys)) < len(keys):  # pypdf keeps a repeated key's first value
        raise _GiveUp
    parent.append(DictionaryObject(zip(values[::2], values[1::2], strict=True)))
    return parent, parent_dict
