"""Bytes to text: size caps, gzip, binary detection and character encodings (also mixed ones).

News arrives as UTF-8 mostly, as Windows-1252 or Latin-1 often, and as UTF-8 with a few
Windows-1252 bytes pasted in now and then. Decoding tries, in order: a byte-order mark, the
declared charset, strict UTF-8, UTF-8 repaired byte by byte with Windows-1252 (when under 1% of
the bytes are invalid: a mixed file), the charset an HTML ``<meta>`` declares, Windows-1252 when
the result reads like Western text, and finally charset-normalizer's guess.
"""

from __future__ import annotations

import codecs
import gzip
import io
import logging
import re
import zlib

from charset_normalizer import from_bytes

from ..errors import Errors, InputError

LOGGER = logging.getLogger(__name__)

GZIP_MAGIC = b"\x1f\x8b"
_BOMS = ((codecs.BOM_UTF8, "utf-8-sig"), (codecs.BOM_UTF32_LE, "utf-32"), (codecs.BOM_UTF32_BE, "utf-32"),
         (codecs.BOM_UTF16_LE, "utf-16"), (codecs.BOM_UTF16_BE, "utf-16"))
_META_CHARSET = re.compile(rb"""<meta[^>]+charset\s*=\s*["']?\s*([a-zA-Z0-9_.:-]+)""", re.IGNORECASE)
_BINARY_MAGIC = {b"%PDF": "a PDF document", b"\x89PNG": "a PNG image", b"\xff\xd8\xff": "a JPEG image",
                 b"GIF8": "a GIF image", b"PK\x03\x04": "a ZIP archive", b"\x7fELF": "an executable",
                 b"BZh": "a bzip2 archive", b"\xfd7zXZ": "an xz archive", b"SQLite format 3": "an SQLite database"}
MIXED_MAX_INVALID = 0.01
WESTERN_MAX_NON_ASCII = 0.3


def _cp1252_repair(err: UnicodeError) -> tuple[str, int]:
    """Decode error handler: an invalid UTF-8 byte is read as Windows-1252 (Latin-1 where undefined)."""
    assert isinstance(err, UnicodeDecodeError)
    byte = err.object[err.start:err.start + 1]
    try:
        return byte.decode("cp1252"), err.start + 1
    except UnicodeDecodeError:
        return byte.decode("latin-1"), err.start + 1


codecs.register_error("newsevents-cp1252", _cp1252_repair)


#: Share of one byte parity that must be NUL (and of the other that must not) to read UTF-16 without a BOM.
UTF16_NUL_SHARE = 0.9


def utf16_without_bom(data: bytes) -> str | None:
    """``"utf-16-le"``/``"utf-16-be"`` when ``data`` has UTF-16's byte pattern but no BOM, else None.

    Text in a Latin script saved as UTF-16 has a NUL as every second byte: the high byte of each
    code unit. Binary data has NULs too, but not so regularly on one parity only.
    """
    head = data[:4096]
    head = head[: len(head) - len(head) % 2]
    if len(head) < 8:
        return None
    even, odd = head[0::2], head[1::2]
    even_nul, odd_nul = even.count(0) / len(even), odd.count(0) / len(odd)
    if odd_nul >= UTF16_NUL_SHARE and even_nul <= 1 - UTF16_NUL_SHARE:
        return "utf-16-le"
    if even_nul >= UTF16_NUL_SHARE and odd_nul <= 1 - UTF16_NUL_SHARE:
        return "utf-16-be"
    return None


def binary_kind(data: bytes) -> str | None:
    """What a binary blob is ("a PNG image", "binary data"), or None when it looks like text."""
    for magic, kind in _BINARY_MAGIC.items():
        if data.startswith(magic):
            return kind
    if any(data.startswith(bom) for bom, _ in _BOMS) or utf16_without_bom(data):
        return None
    head = data[:8192]
    # A stray NUL in a text (one bad JSONL record, a pasted control code) must not cost the whole file:
    # only more than a few, or over 1% of the bytes, make it binary.
    if head.count(0) > max(2, len(head) // 100):
        return "binary data (NUL bytes)"
    controls = sum(1 for b in head if b < 32 and b not in (9, 10, 12, 13))
    return "binary data (control characters)" if head and controls / len(head) > 0.05 else None


def gunzip(data: bytes, *, source: str, max_bytes: int) -> bytes:
    """Decompress gzip data, refusing truncated or corrupt streams and output over ``max_bytes``."""
    try:
        with gzip.GzipFile(fileobj=io.BytesIO(data)) as stream:
            out = stream.read(max_bytes + 1)
    except (EOFError, OSError, zlib.error) as err:
        raise InputError(Errors.E127.format(err=err), source=source) from err
    if len(out) > max_bytes:
        raise InputError(Errors.E128.format(cap=max_bytes), source=source)
    return out


def _declared(data: bytes) -> str | None:
    m = _META_CHARSET.search(data[:4096])
    return m.group(1).decode("ascii").lower() if m else None


def _try(data: bytes, encoding: str | None) -> str | None:
    if not encoding:
        return None
    try:
        return data.decode(encoding)
    except (LookupError, UnicodeDecodeError):
        return None


_UTF8_MULTIBYTE = re.compile(rb"[\xc2-\xdf][\x80-\xbf]|[\xe0-\xef][\x80-\xbf]{2}|[\xf0-\xf4][\x80-\xbf]{3}")
#: Valid multi-byte UTF-8 sequences per invalid byte that show a text is UTF-8 with pasted-in Windows-1252.
MIXED_MIN_UTF8_SHARE = 0.1


def _looks_mixed(data: bytes, invalid: int) -> bool:
    """UTF-8 with stray Windows-1252 bytes: real UTF-8 sequences beside the invalid bytes.

    A Windows-1252 text almost never forms a valid multi-byte UTF-8 sequence (an accented capital
    followed by a symbol such as ``©``), so a few of them beside the invalid bytes mean UTF-8 parts.
    """
    valid = len(_UTF8_MULTIBYTE.findall(data))
    return valid >= 2 and valid >= invalid * MIXED_MIN_UTF8_SHARE


def _count_invalid_utf8(data: bytes) -> int:
    """How many byte sequences are not valid UTF-8 (replacement characters already present excluded)."""
    return data.decode("utf-8", errors="replace").count("\ufffd") - data.count(b"\xef\xbf\xbd")


def _western(data: bytes) -> str | None:
    """Windows-1252 when it reads like Western text: accented letters among mostly ASCII ones.

    charset-normalizer, unsure on short texts, often picks a Central European or Baltic code page
    for French or German. Cyrillic or Greek bytes read as Windows-1252 give words made only of
    accented letters, which this check refuses.
    """
    text = _try(data, "cp1252")
    if text is None:
        return None
    letters = [c for c in text if c.isalpha()]
    foreign = sum(1 for c in letters if not c.isascii())
    return text if letters and foreign / len(letters) <= WESTERN_MAX_NON_ASCII else None


def decode_bytes(data: bytes, *, source: str, declared: str | None = None) -> str:
    """Decode ``data`` to text (see the module docstring for the order of attempts).

    Raises:
        InputError: the data is binary, or empty.
    """
    kind = binary_kind(data)
    if kind:
        raise InputError(Errors.E102.format(kind=kind), source=source)
    for bom, encoding in _BOMS:
        if data.startswith(bom):
            return data.decode(encoding, errors="replace")
    utf16 = utf16_without_bom(data)
    if utf16:
        return data.decode(utf16, errors="replace")
    text = _try(data, declared) or _try(data, "utf-8")
    if text is not None:
        return text
    invalid = _count_invalid_utf8(data)
    if invalid <= max(1, int(len(data) * MIXED_MAX_INVALID)) or _looks_mixed(data, invalid):
        # each invalid byte is repaired where it stands; the UTF-8 around it stays UTF-8 (no "ZÃ¼rich")
        LOGGER.info("%s: mixed encoding, %d invalid UTF-8 bytes read as Windows-1252", source, invalid)
        return data.decode("utf-8", errors="newsevents-cp1252")
    text = _try(data, _declared(data)) or _western(data)
    if text is not None:
        return text
    best = from_bytes(data).best()
    if best is None:
        raise InputError(Errors.E129, source=source)
    LOGGER.info("%s: decoded as %s (guessed)", source, best.encoding)
    return str(best)
