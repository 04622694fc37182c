#!/usr/bin/env python3
"""pandas baseline for bench/loadRatios.ts: the columnar ACWR (acute, chronic, ratio) of one
10^6-day series, and of a population of 1000 athletes × 1000 days with groupby.

    apt-get install -y python3-pandas
    /usr/bin/python3 bench/pandas_population.py [--days N] [--repeats R]

Same generator and seed as bench/loadRatios.ts (mulberry32, ported bit for bit): 5% unknown
days, 40% rest days, breaks of 10–19 zero days. The conventions are spinewise's, as in
bench/pandas_acwr.py (min_periods for the unknown-day limit, no ratio before day 28 or over a
chronic load of 0; EWMA with adjust=False and ignore_na=True). Each case is timed from the
data to the three result arrays; best and median of the repeats are printed.
"""
import argparse
import math
import platform
import statistics
import time

import numpy as np
import warnings

warnings.simplefilter("ignore", RuntimeWarning)  # 0 / 0 where a chronic load is 0: set to NaN below
import pandas as pd

SEED = 20_261_205


def mulberry32(seed):
    state = seed & 0xFFFFFFFF

    def random():
        nonlocal state
        state = (state + 0x6D2B79F5) & 0xFFFFFFFF
        t = ((state ^ (state >> 15)) * (1 | state)) & 0xFFFFFFFF
        t = ((t + (((t ^ (t >> 7)) * (61 | t)) & 0xFFFFFFFF)) & 0xFFFFFFFF) ^ t
        return ((t ^ (t >> 14)) & 0xFFFFFFFF) / 4294967296

    return random


def generate(days, seed=SEED):
    random = mulberry32(seed)
    loads = np.empty(days, dtype=np.float64)
    day = 0
    while day < days:
        draw = random()
        if draw < 0.005:
            length = 10 + math.floor(random() * 10)
            k = 0
            while k < length and day < days:
                loads[day] = 0.0
                k += 1
                day += 1
            continue
        if draw < 0.055:
            loads[day] = math.nan
        elif draw < 0.455:
            loads[day] = 0.0
        else:
            loads[day] = (3 + math.floor(random() * 7)) * (30 + 5 * math.floor(random() * 13))
        day += 1
    return loads


def unknown_limit(window, fraction=0.2):
    limit = math.floor(fraction * window)
    while limit + 1 <= window and (limit + 1) / window <= fraction:
        limit += 1
    while limit > 0 and limit / window > fraction:
        limit -= 1
    return min(limit, window - 1)


def coupled_columns(series):
    acute = series.rolling(7, min_periods=7 - unknown_limit(7)).mean()
    chronic = series.rolling(28, min_periods=28 - unknown_limit(28)).mean()
    ratio = (acute / chronic).to_numpy()
    ratio[:27] = np.nan
    ratio[~np.isfinite(ratio)] = np.nan
    return acute.to_numpy(), chronic.to_numpy(), ratio


def uncoupled_columns(series):
    # the chronic mean of days t-27 … t-7 (21 days, its own unknown-day limit), i.e. a
    # 21-day rolling mean shifted by the 7 acute days.
    acute = series.rolling(7, min_periods=7 - unknown_limit(7)).mean()
    chronic = series.rolling(21, min_periods=21 - unknown_limit(21)).mean().shift(7)
    ratio = (acute / chronic).to_numpy()
    ratio[:27] = np.nan
    ratio[~np.isfinite(ratio)] = np.nan
    return acute.to_numpy(), chronic.to_numpy(), ratio


def ewma_columns(series):
    acute = series.ewm(alpha=2 / 8, adjust=False, ignore_na=True).mean()
    chronic = series.ewm(alpha=2 / 29, adjust=False, ignore_na=True).mean()
    unknown = series.isna()
    too_many = (unknown.rolling(7, min_periods=1).sum() > unknown_limit(7)) | (unknown.rolling(28, min_periods=1).sum() > unknown_limit(28))
    ratio = (acute / chronic).to_numpy()
    ratio[too_many.to_numpy()] = np.nan
    ratio[:27] = np.nan
    ratio[~np.isfinite(ratio)] = np.nan
    return acute.to_numpy(), chronic.to_numpy(), ratio


def population_coupled(frame):
    grouped = frame.groupby("athlete", sort=False)["load"]
    acute = grouped.rolling(7, min_periods=7 - unknown_limit(7)).mean().to_numpy()
    chronic = grouped.rolling(28, min_periods=28 - unknown_limit(28)).mean().to_numpy()
    ratio = acute / chronic
    ratio[frame["day"].to_numpy() < 27] = np.nan
    ratio[~np.isfinite(ratio)] = np.nan
    return acute, chronic, ratio


def population_ewma(frame):
    grouped = frame.groupby("athlete", sort=False)["load"]
    acute = grouped.transform(lambda s: s.ewm(alpha=2 / 8, adjust=False, ignore_na=True).mean()).to_numpy()
    chronic = grouped.transform(lambda s: s.ewm(alpha=2 / 29, adjust=False, ignore_na=True).mean()).to_numpy()
    unknown = frame["load"].isna().groupby(frame["athlete"], sort=False)
    too_many = (unknown.rolling(7, min_periods=1).sum().to_numpy() > unknown_limit(7)) | (unknown.rolling(28, min_periods=1).sum().to_numpy() > unknown_limit(28))
    ratio = acute / chronic
    ratio[too_many] = np.nan
    ratio[frame["day"].to_numpy() < 27] = np.nan
    ratio[~np.isfinite(ratio)] = np.nan
    return acute, chronic, ratio


def timed(function, repeats):
    function()
    times = []
    for _ in range(repeats):
        start = time.perf_counter()
        function()
        times.append((time.perf_counter() - start) * 1000)
    return min(times), statistics.median(times)


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--days", type=int, default=1_000_000)
    parser.add_argument("--repeats", type=int, default=11)
    args = parser.parse_args()
    loads = generate(args.days)
    series = pd.Series(loads)
    athletes = 1000
    per = args.days // athletes
    frame = pd.DataFrame({"athlete": np.repeat(np.arange(athletes), per), "day": np.tile(np.arange(per), athletes), "load": loads[: athletes * per]})
    print(f"pandas {pd.__version__}, numpy {np.__version__}, Python {platform.python_version()}")
    print(f"{args.days} days, {int(np.isnan(loads).sum())} unknown")
    cases = {
        "columnar coupled (1 series)": lambda: coupled_columns(series),
        "columnar uncoupled (1 series)": lambda: uncoupled_columns(series),
        "columnar ewma (1 series)": lambda: ewma_columns(series),
        "population coupled (1000 × 1000, groupby)": lambda: population_coupled(frame),
        "population ewma (1000 × 1000, groupby)": lambda: population_ewma(frame),
    }
    for name, function in cases.items():
        best, median = timed(function, args.repeats)
        print(f"{name:44s} best {best:9.2f} ms  median {median:9.2f} ms")
    print(f"check: ewma defined {int(np.isfinite(ewma_columns(series)[2]).sum())}, coupled sum {np.nansum(coupled_columns(series)[2]):.6f}, uncoupled sum {np.nansum(uncoupled_columns(series)[2]):.6f}")


if __name__ == "__main__":
    main()
