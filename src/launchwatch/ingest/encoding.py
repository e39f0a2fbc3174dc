"""Bytes -> text for every source: UTF-8 (with or without BOM) only, failures said precisely."""

from __future__ import annotations

import codecs

from launchwatch.errors import SourceError

__all__ = ["decode_text"]

_UTF16_BOMS = (codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)


def decode_text(data: bytes, where: str, *, offset: int = 0) -> str:
    """`data` decoded as UTF-8 (a leading BOM dropped); raises SourceError naming the bad byte.

    `offset` is where `data` starts in its file, so that a reported byte position is a position
    in the file. There is no fallback to another encoding: a guessed cp1252 would turn a
    wrongly saved file into plausible but wrong text without anyone noticing.
    """
    start = 0
    if offset == 0:
        if data.startswith(codecs.BOM_UTF8):
            start = len(codecs.BOM_UTF8)
        elif data.startswith(_UTF16_BOMS):
            raise SourceError(where, "UTF-16 text is not supported; save the file as UTF-8")
    nul = data.find(b"\x00", start)
    if nul >= 0:
        raise SourceError(
            where, f"binary data (NUL byte at byte {offset + nul}); expected UTF-8 text"
        )
    try:
        return data[start:].decode("utf-8") if start else data.decode("utf-8")
    except UnicodeDecodeError as exc:
        position = offset + start + exc.start
        bad = data[start + exc.start]
        raise SourceError(
            where,
            f"not valid UTF-8: byte 0x{bad:02x} at byte {position} ({exc.reason}); "
            "save the file as UTF-8",
        ) from exc
