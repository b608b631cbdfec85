"""Codepoint (Python) offsets -> UTF-16 (JavaScript) offsets."""

from bisect import bisect_left

UNITS = ("codepoint", "utf16")


def utf16_converter(text: str):
    """Return a function mapping a codepoint index of ``text`` to its UTF-16 index."""
    if text.isascii():
        return lambda i: i
    astral = [i for i, ch in enumerate(text) if ord(ch) > 0xFFFF]
    if not astral:
        return lambda i: i
    return lambda i: i + bisect_left(astral, i)
