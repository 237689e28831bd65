"""Small indirect objects (a font's dictionaries, its width arrays) read fast, as pypdf reads them.

pypdf parses an object a byte at a time and builds every number through
several calls; a composite font's ``/W`` array of a few hundred widths costs
more than the ToUnicode map. This module reads an uncompressed, unencrypted
object that is a dictionary or an array of names, numbers, references and
nested arrays and dictionaries, straight from the file's bytes at its
cross-reference offset, into the same pypdf objects. Anything else (an
object in an object stream, a stream, strings, ``#`` in a name, a header not
where the table says, a cached object) is pypdf's: ``resolve`` then calls
``get_object``, so damaged files are repaired and reported as before. The
result is not put in pypdf's cache: it is the font reader's alone.
"""

from __future__ import annotations

import re
from functools import partial
from typing import Any

from pypdf.generic import (
    ArrayObject,
    DictionaryObject,
    FloatObject,
    IndirectObject,
    NameObject,
    NumberObject,
)

from unarchive.readers.pdf.content import _number

_WINDOW = 65_536  # bytes read for one object; a longer one is pypdf's
_WS = rb"[\t\n\r ]"  # whitespace every reader agrees on
_END = rb"(?=[\x00\t\n\f\r ()<>\[\]{}/%]|\Z)"
_HEADER = re.compile(_WS + rb"*(\d+)" + _WS + rb"+(\d+)" + _WS + rb"+obj" + _END)
_TOKEN = re.compile(
    _WS
    + rb"*(?:"
    + rb"(?P<ref>(\d+)"
    + _WS
    + rb"+(\d+)"
    + _WS
    + rb"+R)"
    + _END
    + rb"|(?P<num>[+-]?(?:\d+(?:\.\d*)?|\.\d+))"
    + _END
    + rb"|(?P<name>/[^\x00-\x20\x7f-\xff()<>\[\]{}/%#]*)"
    + _END
    + rb"|(?P<open><<|\[)"
    + rb"|(?P<close>>>|\])"
    + rb"|(?P<endobj>endobj)"
    + _END
    + rb"|(?P<other>[\s\S]|\Z))"
)


# What an array of numbers only (a width array) is made of.
_NUMBER_BYTES = re.compile(rb"[0-9+\-.\t\n\r ]*")


class _NotPlain(Exception):
    """The object is one for pypdf's reader."""


def resolve(value: Any) -> Any:
    """``value.get_object()``, read here when it is a plain indirect dictionary or array."""
    if isinstance(value, IndirectObject):
        read = read_plain(value)
        if read is not None:
            return read
    return value.get_object()


def read_plain(reference: IndirectObject) -> Any:
    """The referenced dictionary or array read here, or None where pypdf should read it."""
    try:
        return _read(reference)
    except Exception:  # _NotPlain, or anything odd about the reader: pypdf's business
        return None


def _read(reference: IndirectObject) -> Any:
    reader = reference.pdf
    generation, idnum = reference.generation, reference.idnum
    if (generation, idnum) in reader.resolved_objects:
        return None  # pypdf has it already
    if getattr(reader, "_encryption", None) is not None or idnum in reader.xref_objStm:
        return None
    if reader.xref_free_entry.get(generation, {}).get(idnum, False):
        return None
    offset = reader.xref.get(generation, {}).get(idnum)
    if not isinstance(offset, int):
        return None
    stream = reader.stream
    position = stream.tell()
    try:
        stream.seek(offset)
        window = stream.read(_WINDOW)
    finally:
        stream.seek(position)
    header = _HEADER.match(window)
    if not header or (int(header[1]), int(header[2])) != (idnum, generation):
        return None
    return _parse(window, header.end(), reader)


def _parse(data: bytes, start: int, reader: Any) -> Any:
    """The one dictionary or array after ``start``, which ``endobj`` must follow."""
    stack: list[list[Any]] = []
    done: Any = None
    position = start
    while True:
        found = _TOKEN.match(data, position)  # every position matches some alternative
        assert found is not None
        position = found.end()
        kind = found.lastgroup
        if done is not None:
            if kind != "endobj":
                raise _NotPlain
            return done
        if kind == "open":
            value: Any = _numbers(data, position) if found["open"] == b"[" else None
            if value is None:  # a dictionary, or an array of more than numbers
                stack.append([found["open"]])
                continue
            position = data.index(b"]", position) + 1
        elif kind == "close":
            value = _close(stack.pop() if stack else [b""], found["close"])
        elif kind == "num":
            value = _number(found["num"])
        elif kind == "name":
            value = NameObject(found["name"].decode("ascii"))
        elif kind == "ref" and len(found["ref"]) <= 18:  # pypdf looks 20 bytes ahead
            value = IndirectObject(int(found[2]), int(found[3]), reader)
        else:
            raise _NotPlain  # strings, booleans, null, comments, a stream, the end of the window
        if not stack:
            if not isinstance(value, (DictionaryObject, ArrayObject)):
                raise _NotPlain
            done = value
        else:
            stack[-1].append(value)


def _numbers(data: bytes, start: int) -> ArrayObject | None:
    """The array from ``start`` to its "]" if it holds numbers only, as pypdf makes them.

    That is ``NumberObject``, or ``FloatObject`` with a point; ``NumberObject(n)`` is
    ``int.__new__(NumberObject, int(n))`` once its checks pass, which every number
    Python reads does. Made here in C, a few hundred widths cost what a few dozen
    cost through pypdf's constructors. A token Python does not read as a number
    (pypdf would warn and use 0) leaves the array to the token reader.
    """
    end = data.find(b"]", start)
    run = data[start:end]
    if end < 0 or not _NUMBER_BYTES.fullmatch(run):
        return None
    tokens = run.split()
    try:
        if b"." not in run:
            return ArrayObject(map(_NEW_NUMBER, map(int, tokens)))
        return ArrayObject([_float(t) if b"." in t else _NEW_NUMBER(int(t)) for t in tokens])
    except ValueError:
        return None


def _float(token: bytes) -> FloatObject:
    float(token)  # raises where pypdf's FloatObject would warn and make 0.0
    return FloatObject(token)


_NEW_NUMBER = partial(int.__new__, NumberObject)


def _close(items: list[Any], token: bytes) -> Any:
    if items[0] != (b"[" if token == b"]" else b"<<"):
        raise _NotPlain
    values = items[1:]
    if token == b"]":
        return ArrayObject(values)
    keys = values[::2]
    if len(values) % 2 or not all(isinstance(k, NameObject) for k in keys):
        raise _NotPlain
    if len(set(keys)) < len(keys):
        raise _NotPlain  # which of a repeated key's values pypdf keeps is its business
    return DictionaryObject(zip(keys, values[1::2], strict=True))
