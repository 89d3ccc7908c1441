"""The shared text layer: decoding, normalisation with an offset map, number parsing."""

from extractor.text.decode import Decoded, InputError, decode
from extractor.text.normalize import NormalizedText, clean, normalize
from extractor.text.numbers import parse_digits, parse_number, parse_roman, parse_words

__all__ = [
    "Decoded", "InputError", "decode", "NormalizedText", "clean", "normalize",
    "parse_digits", "parse_number", "parse_roman", "parse_words",
]
