"""Example tables for the figure checks of citations (numbers.py, rates.py, figures.py): each rule about how people
write figures has a row the source supports (None) and a row it does not (the reason)."""

from datetime import date

import pytest

from mmrag.clock import hour_ranges
from mmrag.figures import number_conflict
from mmrag.numbers import quantities
from mmrag.rates import frequencies

KILN = "The studio has two electric kilns and one wood-fired kiln, which is lit four times a year."
LENS = "The original first-order Fresnel lens is still in place."
SKY = "Light pollution near the site has doubled since 2000."
BOX = "The signal box has 48 levers and was built in 1894."
CAVE = "The cheese cave keeps a steady 11 °C and 92% humidity."
GYM = "A day pass costs 14 euros; members pay 45 euros a month."
PLANT = "The hydro plant has two turbines with a combined output of 24 megawatts."
VAULT = "The seed bank stores seeds of 4,600 wild plant species at minus 20 °C."
TOURS = "Turbine tours are not offered to visitors under 16."
SIGN = "Text in the image: NEW OPENING HOURS FROM 1 MAY: 10-17"


@pytest.mark.parametrize(
    "text, per_year",
    [
        ("lit four times a year", [4.0]),
        ("lit every month", [12.0]),
        ("on the first Friday of each month", [12.0]),
        ("routes are re-set every two weeks", [26.09]),
        ("it is fired fortnightly", [26.09]),
        ("twice a week", [104.36]),
        ("every other year", [0.5]),
        ("lit four times annually", [4.0]),
        ("boats run three times daily", [1095.75]),
        ("every ten years", [0.1]),
        ("every quarter of an hour", []),  # a duration, read by numbers.py
        ("every half hour", []),
        ("ten visitors", []),
    ],
)
def test_frequencies(text, per_year):
    assert frequencies(text)[0] == per_year


@pytest.mark.parametrize(
    "text, shown",
    [
        ("built in the eighteen-nineties", ["1890s"]),
        ("in the late nineteen-sixties", ["late 1960s"]),
        ("in the nineteen hundreds", ["1900s"]),
        ("has tripled", ["3-fold"]),
        ("a threefold rise", ["3-fold"]),
        ("prices halved", ["0.5-fold"]),
        ("a second-order lens", ["2-order"]),
        ("the 3rd-largest city", ["3-largest"]),
        ("a nineteenth-century mill", ["19th century"]),  # a century, not a rank of a kind
        ("four-seat chairs", ["4"]),
        # the answer counting its own list is no figure of the source; a count of real things stays one
        ("The orchard has three things worth knowing: 140 apple trees", ["140"]),
        ("The lock has two notable features: it lifts boats", []),
        ("It has three kilns: two electric", ["3", "2"]),
        ("There are 3 points of entry.", ["3"]),
        # "one" in a list of counts is a count; elsewhere it is a pronoun or an article
        ("It has two electric kilns and one wood-fired kiln", ["2", "1"]),
        ("two boats and one of the cars", ["2"]),
        ("the blue one", []),
    ],
)
def test_quantities_read(text, shown):
    assert [str(q) for q in quantities(text)] == shown


def test_rates_keep_their_period():
    assert [(str(q), q.per) for q in quantities(GYM)] == [("14 €", None), ("45 € a month", "month")]


def test_hour_ranges():
    assert hour_ranges(SIGN) == [600.0, 1020.0]
    assert hour_ranges("ages 4-12 only; built 1990-2000; 6.5-7 km") == [240.0, 720.0]


@pytest.mark.parametrize(
    "claim, source, conflict",
    [
        # frequencies: "every month" is twelve times a year, not four
        ("The wood-fired kiln is lit four times a year", KILN, None),
        ("The wood-fired kiln is fired quarterly", KILN, None),
        ("A wood-fired one is lit every month", KILN, "number 12 times a year not in source (4 times a year, 2, 1)"),
        ("The kiln is lit every week", "The kiln is lit by hand.", None),
        ("Boats run three times daily", "Boats run three times a day.", None),
        (
            "Boats run twice daily",
            "Boats run three times a day.",
            "number 730.5 times a year not in source (1095.75 times a year)",
        ),  # no frequency in the source to weigh
        # factors: doubled, tripled, halved
        ("Light pollution has doubled since 2000", SKY, None),
        ("Light pollution has tripled since 2000", SKY, "number 3-fold not in source (2-fold, 2000)"),
        ("Light pollution has halved", SKY, "number 0.5-fold not in source (2-fold, 2000)"),
        # ordinals in compounds
        ("It still has its first-order lens", LENS, None),
        ("It still has its original second-order Fresnel lens", LENS, "number 2-order not in source (1-order)"),
        # decades written as words, with their century
        ("The box was built in the eighteen-nineties", BOX, None),
        ("The box was built in the nineteen-twenties", BOX, "number 1920s not in source (48, 1894)"),
        ("The vault was dug during the nineties", "It was dug in the 1990s.", None),
        ("The vault was dug during the eighties", "It was dug in the 1990s.", "number eighties not in source (1990s)"),
        # temperatures converted between Celsius and Fahrenheit, rounded to a degree
        ("The cave is kept at around 52 °F", CAVE, None),
        ("The cave is kept at 51.8 degrees Fahrenheit", CAVE, None),
        ("The cave is kept at 60 °F", CAVE, "number 60 °f not in source (11 °c, 92%)"),
        ("The cave is kept at 11 °F", CAVE, "number 11 °f not in source (11 °c, 92%)"),
        # signs: "minus 20 °C", "-4 °F", "20 degrees below zero"
        ("Minus 20 °C is about -4 °F, where the seeds are kept", VAULT, None),
        ("The seeds are kept 20 degrees below zero", VAULT, None),
        ("The seeds are kept at 4 °F", VAULT, "number 4 °f not in source (4600, -20 °c)"),
        ("The seeds are kept at 20 °C", VAULT, "number 20 °c not in source (4600, -20 °c)"),
        # a rate ("a month") is not a plain price when the source gives a plain price of that unit too
        ("A day pass costs 14 euros", GYM, None),
        ("Members pay 45 euros a month", GYM, None),
        ("A day pass costs 45 euros", GYM, "number 45 € not in source (14 €, 45 € a month)"),
        ("Members pay 45 euros a year", GYM, "number 45 € a year not in source (14 €, 45 € a month)"),
        ("The mill makes 40,000 litres of cider", "The mill makes 40,000 litres a year.", None),
        # each against a combined total, and the reverse
        ("The two turbines give 24 MW combined", PLANT, None),
        ("It has three kilns in total, two electric and one fired with wood", KILN, None),
        (
            "It has four kilns in total, two electric and one fired with wood",
            KILN,
            "number 4 not in source (4 times a year, 2, 1)",
        ),
        ("Each turbine gives 12 MW", PLANT, None),
        ("Each turbine would give about 12 MW of the 24 MW total", PLANT, None),
        ("Each of the two turbines is rated at 24 megawatts", PLANT, "number 24 mw not in source (2, 24 mw)"),
        (
            "The two pumps give 30 kW in total",
            "Each of the two pumps gives 30 kW.",
            "number 30 kw not in source (2, 30 kw)",
        ),
        # a person's age against the source's age limit: on the side the limit speaks of
        ("A 10-year-old cannot join a tour, as tours are not offered to visitors under 16", TOURS, None),
        ("A four-year-old would not be admitted", "Children under five are not admitted.", None),
        ("A 20-year-old cannot join a tour", TOURS, "number 20 not in source (under 16)"),
        (
            "A six-year-old would not be admitted",
            "Children under five are not admitted.",
            "number 6 not in source (under 5)",
        ),
        # clock times against opening hours written as a bare range of hours
        ("The new opening hours, from 1 May, are 10:00 to 17:00", SIGN, None),
        ("The new opening hours are 9:00 to 17:00", SIGN, "number 9:00 not in source (1, 10, 17)"),
    ],
)
def test_figure_rules(claim, source, conflict):
    assert number_conflict(claim, source) == conflict


@pytest.mark.parametrize(
    "claim, supported",
    [
        ("The foundry has been casting bells for almost three centuries, since 1738", True),
        (f"The foundry has been casting bells for {date.today().year - 1738} years", True),
        ("The foundry has been casting bells for almost two centuries", False),
        ("The foundry cast bells for almost three centuries", False),  # not up to now: no span from 1738 to today
    ],
)
def test_years_up_to_now(claim, supported):
    source = "The Marrow bell foundry cast its first bell in 1738."
    assert (number_conflict(claim, source) is None) == supported
