"""The charts' pure helpers pick the ticks matplotlib picks: the PDF's Qt drawing (which
must not load matplotlib) then shows the same axes as the app's matplotlib charts."""

from __future__ import annotations

from datetime import date, timedelta

import matplotlib.dates as mdates
import pytest
from matplotlib.figure import Figure
from matplotlib.ticker import MaxNLocator

from penaltytracker.reports import chart_data as cd


def _shown(ticks, low, high):
    return [round(float(t), 9) for t in ticks if low - 1e-9 <= t <= high + 1e-9]


@pytest.mark.parametrize("top", [1.12, 1.25, 2.5, 3.75, 5, 7.5, 12.5, 40.3, 112.0, 134.4, 250, 1130.5])
def test_integer_ticks_are_matplotlibs(top):
    assert _shown(cd.nice_ticks(0, top, integer=True), 0, top) == _shown(
        MaxNLocator(integer=True).tick_values(0, top), 0, top)


@pytest.mark.parametrize("low", [0.0, 0.32, 0.5, 0.807142857142857, 0.86, 0.9, 0.95])
@pytest.mark.parametrize("nbins", [2, 4, 6, 9])
def test_rate_ticks_are_matplotlibs_auto_locator(low, nbins):
    # AutoLocator is a MaxNLocator with these steps and as many bins as the axis has room for.
    expected = MaxNLocator(nbins=nbins, steps=[1, 2, 2.5, 5, 10]).tick_values(low, 1.01)
    assert _shown(cd.nice_ticks(low, 1.01, nbins=nbins, steps=cd.AUTO_STEPS), low, 1.01) == _shown(
        expected, low, 1.01)


def _matplotlib_date_ticks(start: date, end: date) -> list[date]:
    fig = Figure()
    ax = fig.add_subplot()
    ax.set_xlim(start, end)
    if (end - start).days > 62:
        ax.xaxis.set_major_locator(mdates.MonthLocator())
    else:
        ax.xaxis.set_major_locator(mdates.AutoDateLocator(maxticks=8))
    low, high = ax.get_xlim()
    return [mdates.num2date(x).date() for x in ax.xaxis.get_major_locator()() if low <= x <= high]


@pytest.mark.parametrize("days", [5, 6, 7, 8, 13, 14, 15, 27, 28, 29, 40, 48, 49, 50, 62, 63, 100, 200, 364])
@pytest.mark.parametrize("year", [2026, 2028])
def test_date_ticks_are_matplotlibs(days, year):
    start = date(year, 1, 1)
    end = start + timedelta(days=days)
    ticks, monthly = cd.date_ticks(start, end)
    assert monthly == (days > 62)
    assert ticks == _matplotlib_date_ticks(start, end)


def test_under_five_days_every_day_is_a_tick():
    # matplotlib goes to hours there and labels them all "01/01"; the PDF shows days.
    start = date(2026, 1, 1)
    assert cd.date_ticks(start, start + timedelta(days=1)) == ([start, date(2026, 1, 2)], False)
    assert len(cd.date_ticks(start, start + timedelta(days=4))[0]) == 5


def test_rate_floor_zooms_on_the_rates_and_the_target():
    assert cd.rate_floor([], 0.96) == pytest.approx(0.86)
    assert cd.rate_floor([0.5, 0.99], 0.96) == pytest.approx(0.45)
    assert cd.rate_floor([0.01], 0.96) == 0.0
