"""The messages of scale definitions and scoring, English sources marked for Qt Linguist.

Refusals (ValidationError) are in the "Errors" context; the sentences of a result in "Scales". A ``where``
parameter is one of the W_* texts, which carries its own placeholders (item, option, factor, band, setting);
message parameters never reuse those names.
"""
from __future__ import annotations

from counselor_app.domain.errors import QT_TRANSLATE_NOOP

# --- where in the file ----------------------------------------------------------------------------------------
W_SCALE = QT_TRANSLATE_NOOP("Errors", "the scale")
W_ITEM = QT_TRANSLATE_NOOP("Errors", "item {item}")
W_OPTION = QT_TRANSLATE_NOOP("Errors", "answer option {option}")
W_FACTOR = QT_TRANSLATE_NOOP("Errors", "factor {factor}")
W_FACTOR_BAND = QT_TRANSLATE_NOOP("Errors", "band {band} of factor {factor}")
W_BANDS = QT_TRANSLATE_NOOP("Errors", "the bands")
W_BAND = QT_TRANSLATE_NOOP("Errors", "band {band}")
W_CLASS = QT_TRANSLATE_NOOP("Errors", "class {band}")
W_TOTAL = QT_TRANSLATE_NOOP("Errors", "the total")
W_POSITIVE = QT_TRANSLATE_NOOP("Errors", "the positive rule")
W_KEY_ITEMS = QT_TRANSLATE_NOOP("Errors", "the key items")
W_VALIDITY = QT_TRANSLATE_NOOP("Errors", "the validity scale")
W_ITEM_STATS = QT_TRANSLATE_NOOP("Errors", "the positive-item count (item_stats)")
W_SETTING = QT_TRANSLATE_NOOP("Errors", "setting {setting}")
W_APPLIES = QT_TRANSLATE_NOOP("Errors", "who the scale is for (applies_to)")
W_NOTES = QT_TRANSLATE_NOOP("Errors", "the notes")

KIND_INT = QT_TRANSLATE_NOOP("Errors", "a whole number")
KIND_NUMBER = QT_TRANSLATE_NOOP("Errors", "a number")
KIND_TEXT = QT_TRANSLATE_NOOP("Errors", "text")
KIND_TEXTS = QT_TRANSLATE_NOOP("Errors", "a list of texts")
KIND_BOOL = QT_TRANSLATE_NOOP("Errors", "true or false")
KIND_ITEMS = QT_TRANSLATE_NOOP("Errors", "a list of item numbers")
KIND_LIST = QT_TRANSLATE_NOOP("Errors", "a list that is not empty")
KIND_OBJECT = QT_TRANSLATE_NOOP("Errors", "an object (fields in curly brackets)")
KIND_LABEL = QT_TRANSLATE_NOOP("Errors", "an object with a Chinese \"zh\" and an English \"en\" text")
KIND_RULES = QT_TRANSLATE_NOOP("Errors", "a list of rules")
GRID_WHOLE = QT_TRANSLATE_NOOP("Errors", "whole numbers")
GRID_CENTS = QT_TRANSLATE_NOOP("Errors", "numbers with at most two decimals")

# --- the file as a whole --------------------------------------------------------------------------------------
DEF_TOO_LARGE = QT_TRANSLATE_NOOP("Errors", "Scale definition: the file is too large ({size} KB; at most {max} KB).")
DEF_NOT_TEXT = QT_TRANSLATE_NOOP("Errors", "Scale definition: the file is not a text file (save it as UTF-8 JSON).")
DEF_BAD_JSON = QT_TRANSLATE_NOOP(
    "Errors", "Scale definition: not valid JSON at line {line}, column {column} ({reason}).")
DEF_NOT_OBJECT = QT_TRANSLATE_NOOP(
    "Errors", "Scale definition: the file must hold one JSON object (the definition's fields in curly brackets).")
DEF_BAD_NUMBER = QT_TRANSLATE_NOOP(
    "Errors", "Scale definition: {number} is not a number JSON allows, or it is far too large.")
DEF_DUPLICATE_KEY = QT_TRANSLATE_NOOP("Errors", "Scale definition: the field \"{key}\" is written twice in one place.")
DEF_FORMAT = QT_TRANSLATE_NOOP(
    "Errors", "Scale definition: format {found} is not one this version of the application reads (it reads format "
              "{known}).")
DEF_BAD_CODE = QT_TRANSLATE_NOOP(
    "Errors", "Scale definition: the code \"{code}\" must be 1 to 20 letters, digits, - or _, without spaces.")
DEF_VERSION = QT_TRANSLATE_NOOP("Errors", "Scale definition: the version must be a whole number, 1 or more.")

# --- fields ---------------------------------------------------------------------------------------------------
DEF_UNKNOWN_KEY = QT_TRANSLATE_NOOP("Errors", "Scale definition: unknown field \"{key}\" in {where}.")
DEF_MISSING_KEY = QT_TRANSLATE_NOOP("Errors", "Scale definition: {where} lacks the field \"{key}\".")
DEF_NEED_OBJECT = QT_TRANSLATE_NOOP("Errors", "Scale definition: {where} must be an object (fields in curly brackets).")
DEF_WRONG_TYPE = QT_TRANSLATE_NOOP("Errors", "Scale definition: \"{key}\" in {where} must be {kind}.")
DEF_OUT_OF_RANGE = QT_TRANSLATE_NOOP("Errors", "Scale definition: \"{key}\" in {where} must be from {low} to {high}.")
DEF_EMPTY_TEXT = QT_TRANSLATE_NOOP("Errors", "Scale definition: \"{key}\" in {where} is empty.")
DEF_TEXT_TOO_LONG = QT_TRANSLATE_NOOP(
    "Errors", "Scale definition: \"{key}\" in {where} is too long (at most {max} characters).")
DEF_TOO_MANY = QT_TRANSLATE_NOOP(
    "Errors", "Scale definition: \"{key}\" in {where} has too many entries (at most {max}).")

# --- items and answers ----------------------------------------------------------------------------------------
DEF_ITEM_COUNT = QT_TRANSLATE_NOOP(
    "Errors", "Scale definition: item_count says {count} items, but {found} are listed.")
DEF_ITEM_NUMBER = QT_TRANSLATE_NOOP(
    "Errors", "Scale definition: the items must be numbered 1 to {count} in order; entry {position} of the list "
              "has the number {number}.")
DEF_OPTIONS_RANGE = QT_TRANSLATE_NOOP(
    "Errors", "Scale definition: the answer scores must be at least two whole numbers counting up by one (such as "
              "0, 1, 2, 3); found {scores}.")
DEF_OPTION_WORD_TWICE = QT_TRANSLATE_NOOP(
    "Errors", "Scale definition: the answer word \"{word}\" names two different scores.")
DEF_OPTION_WORD_NUMBER = QT_TRANSLATE_NOOP(
    "Errors", "Scale definition: the answer word \"{word}\" in {where} is a number; the scores are the numbers.")
DEF_NO_SUCH_ITEM = QT_TRANSLATE_NOOP(
    "Errors", "Scale definition: {where} names item {number}, but the scale has items 1 to {count}.")
DEF_ITEM_TWICE_IN = QT_TRANSLATE_NOOP("Errors", "Scale definition: {where} names item {number} twice.")
DEF_NOTHING_SCORED = QT_TRANSLATE_NOOP("Errors", "Scale definition: the total counts no item at all.")
DEF_MULTIPLIER = QT_TRANSLATE_NOOP(
    "Errors", "Scale definition: the standard-score multiplier must be a number above 0.")

# --- factors --------------------------------------------------------------------------------------------------
DEF_ITEM_IN_TWO_FACTORS = QT_TRANSLATE_NOOP(
    "Errors", "Scale definition: item {number} is in two factors, {first} and {second}; an item belongs to one "
              "factor at most.")
DEF_ITEM_IN_NO_FACTOR = QT_TRANSLATE_NOOP(
    "Errors", "Scale definition: item {number} is in no factor, but this scale requires every scored item in one "
              "(factors_cover_total).")
DEF_FACTOR_ID_TWICE = QT_TRANSLATE_NOOP("Errors", "Scale definition: two factors have the id \"{named}\".")
DEF_FACTOR_NOT_SCORED = QT_TRANSLATE_NOOP(
    "Errors", "Scale definition: {where} holds item {number}, which the total does not count (excluded or "
              "auxiliary).")
DEF_FACTOR_SCORE = QT_TRANSLATE_NOOP("Errors", "Scale definition: \"score\" in {where} must be \"sum\" or \"mean\".")

# --- bands ----------------------------------------------------------------------------------------------------
DEF_BAND_ORDER = QT_TRANSLATE_NOOP("Errors", "Scale definition: {where} ends before it starts (min above max).")
DEF_BAND_GAP = QT_TRANSLATE_NOOP(
    "Errors", "Scale definition: the bands of {where} must follow one another without gap or overlap: {first} ends "
              "at {high}, {second} starts at {low}.")
DEF_BAND_START = QT_TRANSLATE_NOOP(
    "Errors", "Scale definition: the first band of {where} must start at {low}, the lowest possible score (it starts "
              "at {found}).")
DEF_BAND_END = QT_TRANSLATE_NOOP(
    "Errors", "Scale definition: the last band of {where} must end at {high}, the highest possible score (it ends at "
              "{found}).")
DEF_BAND_GRID = QT_TRANSLATE_NOOP("Errors", "Scale definition: the limits of {where} must be {grid}.")
DEF_BAND_NAME_TWICE = QT_TRANSLATE_NOOP("Errors", "Scale definition: two bands of {where} are called {named}.")
DEF_BANDS_KIND = QT_TRANSLATE_NOOP(
    "Errors", "Scale definition: the bands must have either \"ranges\" (score ranges) or \"classes\" (rules), not "
              "both or neither.")
DEF_BANDS_MEASURE = QT_TRANSLATE_NOOP(
    "Errors", "Scale definition: score ranges apply to \"total\", \"total_mean\" or (with a standard-score "
              "multiplier) \"standard\", not \"{measure}\".")
DEF_TOO_FEW_CLASSES = QT_TRANSLATE_NOOP(
    "Errors", "Scale definition: the classes need at least two entries (the last one takes everyone else).")
DEF_LAST_CLASS = QT_TRANSLATE_NOOP(
    "Errors", "Scale definition: the last class ({named}) must have no rules: it takes everyone the classes above "
              "do not.")
DEF_CLASS_NO_RULES = QT_TRANSLATE_NOOP(
    "Errors", "Scale definition: class {named} has no rules; only the last class may have none.")

# --- rules and settings ---------------------------------------------------------------------------------------
DEF_UNKNOWN_MEASURE = QT_TRANSLATE_NOOP(
    "Errors", "Scale definition: a rule of {where} uses \"{measure}\", which this scale does not have (it has: "
              "{known}).")
DEF_UNKNOWN_OP = QT_TRANSLATE_NOOP(
    "Errors", "Scale definition: a rule of {where} compares with \"{op}\"; use >=, >, <=, < or ==.")
DEF_UNKNOWN_FACTOR = QT_TRANSLATE_NOOP(
    "Errors", "Scale definition: a rule of {where} names the factor \"{named}\", which the scale does not have.")
DEF_UNKNOWN_BAND = QT_TRANSLATE_NOOP(
    "Errors", "Scale definition: a rule of {where} names the band \"{named}\", which the scale does not have.")
DEF_NO_POSITIVE_RULE = QT_TRANSLATE_NOOP(
    "Errors", "Scale definition: the positive rule needs at least one condition.")
DEF_UNKNOWN_SETTING = QT_TRANSLATE_NOOP(
    "Errors", "Scale definition: \"{setting}\" is used as a setting but not defined under \"settings\".")
DEF_UNUSED_SETTING = QT_TRANSLATE_NOOP("Errors", "Scale definition: the setting \"{setting}\" is used by no rule.")
DEF_SETTING_NAME = QT_TRANSLATE_NOOP(
    "Errors", "Scale definition: the name of {where} must be lower-case letters, digits and _.")
DEF_SETTING_VALUE = QT_TRANSLATE_NOOP(
    "Errors", "Scale definition: the value of {where} must be a number, a comparison (>=, >, <=, <, ==) or a list of "
              "item numbers.")
DEF_VALIDITY_IN_TOTAL = QT_TRANSLATE_NOOP(
    "Errors", "Scale definition: the validity items must not count in the total; item {number} does (list it under "
              "total.exclude).")
DEF_GRADE_LEVELS = QT_TRANSLATE_NOOP(
    "Errors", "Scale definition: grade_levels must be two grades from 1 to 12, the first not above the second (such "
              "as [4, 12]).")

# --- scoring --------------------------------------------------------------------------------------------------
SCORE_MISSING = QT_TRANSLATE_NOOP(
    "Errors", "{scale}: answers are missing for item(s) {numbers}; the sheet cannot be scored.")
SCORE_MISSING_KEY_HIT = QT_TRANSLATE_NOOP(
    "Errors", "{scale}: answers are missing for item(s) {numbers}; the sheet cannot be scored. A key item was hit "
              "(item(s) {keys}): a counselor needs to review it promptly.")
SCORE_NO_SUCH_ITEM = QT_TRANSLATE_NOOP("Errors", "{scale} has no item {number}.")
SCORE_NOT_AN_OPTION = QT_TRANSLATE_NOOP(
    "Errors", "{scale}, item {number}: {value} is not an answer score (the scores run from {low} to {high}).")
TOTALS_NOTHING = QT_TRANSLATE_NOOP("Errors", "{scale}: neither a total nor a factor score was given.")
TOTALS_NOT_A_NUMBER = QT_TRANSLATE_NOOP("Errors", "{scale}: the {what} \"{value}\" is not a number.")
TOTALS_NOT_WHOLE = QT_TRANSLATE_NOOP("Errors", "{scale}: the {what} {value} must be a whole number.")
TOTALS_TOO_PRECISE = QT_TRANSLATE_NOOP("Errors", "{scale}: the {what} {value} has more than two decimals.")
TOTALS_OUT_OF_RANGE = QT_TRANSLATE_NOOP(
    "Errors", "{scale}: the {what} {value} is outside the possible range ({low} to {high}).")
TOTALS_UNKNOWN_FACTOR = QT_TRANSLATE_NOOP("Errors", "{scale} has no factor \"{named}\".")
TOTALS_SUM_MISMATCH = QT_TRANSLATE_NOOP(
    "Errors", "{scale}: the total {total} is not the sum of the factor scores ({sum}).")
WHAT_TOTAL = QT_TRANSLATE_NOOP("Errors", "total")
WHAT_FACTOR = QT_TRANSLATE_NOOP("Errors", "score of factor {named}")
WHAT_POSITIVE_ITEMS = QT_TRANSLATE_NOOP("Errors", "count of positive items")
WHAT_LIE = QT_TRANSLATE_NOOP("Errors", "validity (lie) score")

# --- the sentences of a result ("Scales") ---------------------------------------------------------------------
M_TOTAL = QT_TRANSLATE_NOOP("Scales", "Total")
M_TOTAL_MEAN = QT_TRANSLATE_NOOP("Scales", "Total mean")
M_STANDARD = QT_TRANSLATE_NOOP("Scales", "Standard score")
M_POSITIVE_ITEMS = QT_TRANSLATE_NOOP("Scales", "Positive items")
M_FACTORS = QT_TRANSLATE_NOOP("Scales", "the factor scores")
N_TOTAL = QT_TRANSLATE_NOOP("Scales", "the total")
N_POSITIVE_ITEMS = QT_TRANSLATE_NOOP("Scales", "the count of positive items")
M_ANSWERS = QT_TRANSLATE_NOOP("Scales", "the item answers")
M_BAND = QT_TRANSLATE_NOOP("Scales", "the band")

R_MEASURE = QT_TRANSLATE_NOOP("Scales", "{measure} {value} {op} {threshold}")
R_FACTOR = QT_TRANSLATE_NOOP("Scales", "Factor {factor}: {value} {op} {threshold}")
R_ITEM = QT_TRANSLATE_NOOP("Scales", "Item {number}: {answer}")
R_IN_BAND = QT_TRANSLATE_NOOP("Scales", "In {band}")
R_INVALID = QT_TRANSLATE_NOOP(
    "Scales", "{scale} {value} ≥ {threshold}: the sheet is not valid, neither positive nor negative; a retest is "
              "recommended.")
R_KEY_ITEMS = QT_TRANSLATE_NOOP("Scales", "Key item hit: a counselor needs to review it promptly.")
R_KEY_ITEMS_UNKNOWN = QT_TRANSLATE_NOOP(
    "Scales", "Only totals were imported: whether a key item was hit is unknown; look at the answers on the "
              "platform.")
R_NEEDS = QT_TRANSLATE_NOOP("Scales", "Not enough to decide: {what} not given.")
R_VALIDITY_UNKNOWN = QT_TRANSLATE_NOOP("Scales", "{scale} not given: whether the sheet is valid is unknown.")
R_AUXILIARY_MISSING = QT_TRANSLATE_NOOP(
    "Scales", "Auxiliary question(s) {numbers} not answered: their rules count as not met.")
