"""The shared option parsers: CLI strings and TOML values, idempotent, readable errors."""
from __future__ import annotations

import pytest

from audits.option_types import (float_between, int_between, parse_bool, parse_date, parse_list, parse_patterns,
                                 read_options)
from audits.base import Option


def test_parsers_accept_strings_and_toml_values_and_are_idempotent():
    assert parse_bool("Yes") is True and parse_bool(False) is False
    assert int_between(1)("7") == 7 == int_between(1)(7)
    assert float_between(0, 5)("2.5") == 2.5
    assert parse_date("2026-11-28") == parse_date(parse_date("2026-11-28"))
    assert parse_list("a, b,,c") == ["a", "b", "c"] == parse_list(["a", "b", "c"])
    assert parse_patterns(r"/search\?,\d{1,3}/x") == [r"/search\?", r"\d{1,3}/x"]
    assert parse_patterns(parse_patterns("a\nb")) == ["a", "b"]


@pytest.mark.parametrize("parser, value, message", [
    (parse_bool, "maybe", "true or false"),
    (int_between(1), "0", "at least 1"),
    (int_between(1, 10), 11, "at most 10"),
    (int_between(0), 1.5, "whole number"),
    (int_between(0), True, "whole number"),
    (float_between(0, 5), "x", "a number"),
    (float_between(0, 5, exclusive_min=True), 0, "between"),
    (parse_date, "2026-02-30", "YYYY-MM-DD"),
    (parse_list, 5, "list of strings"),
    (parse_patterns, "([", "bad regular expression"),
])
def test_parsers_reject_bad_values_with_a_reason(parser, value, message):
    with pytest.raises(ValueError, match=message):
        parser(value)


def test_read_options_uses_defaults_and_parses_strings():
    options = (Option("n", "X_N", int_between(0), 3, "n"), Option("b", "X_B", parse_bool, False, "b"))
    assert read_options(options, {"X_N": "5"}) == {"n": 5, "b": False}
