#!/usr/bin/env python3
"""pandas baseline for bench/load.bench.ts: the same three ACWR ratios on the same 10^6 days.

Run with the system Python that Debian's python3-pandas installs into:

    apt-get install -y python3-pandas
    /usr/bin/python3 bench/pandas_acwr.py [--days N] [--repeats R]

The data come from the same generator and seed as the TypeScript benchmark (mulberry32, ported
bit for bit). The ratios follow spinewise's conventions exactly, so the work compared is the
same: rolling means of the known days with min_periods standing in for the unknown-day limit
(A-6), no ratio before day 28, none over a chronic load of 0; EWMA with adjust=False (seeded
with the first day) and ignore_na=True (an unknown day carries both averages unchanged).
Each case is timed with time.perf_counter from the Series to the ratio array; the median of
the repeats is reported, next to a plain Series.sum() over the same data in the same run.
"""
import argparse
import math
import platform
import statistics
import time

import numpy as np
import pandas as pd

SEED = 20_260_302
DAYS = 1_000_000


def mulberry32(seed):
    state = seed & 0xFFFFFFFF

    def random():
        nonlocal state
        state = (state + 0x6D2B79F5) & 0xFFFFFFFF
        t = ((state ^ (state >> 15)) * (1 | state)) & 0xFFFFFFFF
        t = ((t + (((t ^ (t >> 7)) * (61 | t)) & 0xFFFFFFFF)) & 0xFFFFFFFF) ^ t
        return ((t ^ (t >> 14)) & 0xFFFFFFFF) / 4294967296

    return random


def generate_loads(days=DAYS, seed=SEED):
    """2% unknown days (NaN), 40% rest days, otherwise RPE 3–9 × 30–90 minutes."""
    random = mulberry32(seed)
    loads = np.empty(days, dtype=np.float64)
    for day in range(days):
        draw = random()
        if draw < 0.02:
            loads[day] = math.nan
        elif draw < 0.42:
            loads[day] = 0.0
        else:
            loads[day] = (3 + math.floor(random() * 7)) * (30 + 5 * math.floor(random() * 13))
    return loads


def unknown_limit(window, fraction=0.2):
    """Largest number of unknown days u with u / window <= fraction, at least one day known."""
    limit = math.floor(fraction * window)
    while limit + 1 <= window and (limit + 1) / window <= fraction:
        limit += 1
    while limit > 0 and limit / window > fraction:
        limit -= 1
    return min(limit, window - 1)


def rolling_ratio(series, coupled, acute_days=7, chronic_days=28):
    chronic_window = chronic_days if coupled else chronic_days - acute_days
    acute = series.rolling(acute_days, min_periods=acute_days - unknown_limit(acute_days)).mean()
    older = series if coupled else series.shift(acute_days)
    chronic = older.rolling(chronic_window, min_periods=chronic_window - unknown_limit(chronic_window)).mean()
    ratio = (acute / chronic).to_numpy()
    ratio[: chronic_days - 1] = np.nan  # no ratio until the chronic window is full
    ratio[~np.isfinite(ratio)] = np.nan  # chronic load 0 → no ratio
    return ratio


def ewma_ratio(series, acute_days=7, chronic_days=28):
    acute = series.ewm(alpha=2 / (acute_days + 1), adjust=False, ignore_na=True).mean()
    chronic = series.ewm(alpha=2 / (chronic_days + 1), adjust=False, ignore_na=True).mean()
    unknown = series.isna()
    too_many = (unknown.rolling(acute_days, min_periods=1).sum() > unknown_limit(acute_days)) | (
        unknown.rolling(chronic_days, min_periods=1).sum() > unknown_limit(chronic_days)
    )
    ratio = (acute / chronic).to_numpy()
    ratio[too_many.to_numpy()] = np.nan
    ratio[: chronic_days - 1] = np.nan
    ratio[~np.isfinite(ratio)] = np.nan
    return ratio


def median_ms(function, repeats):
    times = []
    for _ in range(repeats):
        start = time.perf_counter()
        function()
        times.append((time.perf_counter() - start) * 1000)
    return statistics.median(times)


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--days", type=int, default=DAYS)
    parser.add_argument("--repeats", type=int, default=11)
    args = parser.parse_args()
    loads = generate_loads(args.days)
    series = pd.Series(loads)
    print(f"pandas {pd.__version__}, numpy {np.__version__}, Python {platform.python_version()}")
    print(f"{args.days} days; unknown {int(np.isnan(loads).sum())}; known sum {np.nansum(loads):.0f}")
    cases = {
        "floor: Series.sum()": lambda: series.sum(),
        "coupled": lambda: rolling_ratio(series, coupled=True),
        "uncoupled": lambda: rolling_ratio(series, coupled=False),
        "ewma": lambda: ewma_ratio(series),
    }
    for name, function in cases.items():
        function()  # warm-up
        milliseconds = median_ms(function, args.repeats)
        print(f"{name:24s} {milliseconds:9.3f} ms (median of {args.repeats})")
    for name in ("coupled", "uncoupled", "ewma"):
        ratio = cases[name]()
        print(f"check {name:10s} defined {int(np.isfinite(ratio).sum())}; sum {np.nansum(ratio):.6f}")


if __name__ == "__main__":
    main()
