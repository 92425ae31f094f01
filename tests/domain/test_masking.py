"""Names and numbers as masked printouts show them."""
from __future__ import annotations

import pytest
from hypothesis import given, strategies as st

from counselor_app.domain.masking import mask_name, mask_number, mask_phone


@pytest.mark.parametrize("name, masked", [
    ("王小明", "王*明"),
    ("王明", "王*"),
    ("欧阳志明", "欧阳*明"),
    ("欧阳明", "欧阳*"),
    ("司马相如", "司马*如"),
    ("歐陽志明", "歐陽*明"),
    ("诸葛", "诸*"),               # two characters: a surname and a given name, never the whole compound surname
    ("张王小明", "张**明"),          # a double surname not in the list: one star per hidden character
    ("王", "*"),
    (" 王小明 ", "王*明"),
    ("王 小明", "王*明"),
    ("买买提·艾力", "买**·*力"),
    ("阿依古丽•买买提", "阿***•**提"),
    ("Anna Lee", "A*** L**"),
    ("", ""),
    (None, ""),
    ("   ", ""),
])
def test_mask_name(name, masked):
    assert mask_name(name) == masked


@pytest.mark.parametrize("number, masked", [
    ("2026070199", "******0199"),
    ("0199", "****"),
    ("", ""),
    (None, ""),
])
def test_mask_number(number, masked):
    assert mask_number(number) == masked


@pytest.mark.parametrize("phone, masked", [
    ("13812345678", "138****5678"),
    ("138-1234-5678", "138****5678"),
    ("+86 138 1234 5678", "86138****5678"),
    ("0571-88886666", "0571****6666"),
    ("88886666", "******66"),
    ("", ""),
    (None, ""),
])
def test_mask_phone(phone, masked):
    assert mask_phone(phone) == masked


@given(st.text(alphabet="王李张欧阳司马小明华丽志强伟", min_size=2, max_size=6))
def test_a_masked_chinese_name_hides_a_character_and_keeps_the_length(name):
    masked = mask_name(name)
    assert len(masked) == len(name)
    assert "*" in masked
    assert masked[0] == name[0]
    assert masked != name
