// The synthetic daily price history behind the demo mode (mocks/data/prices.json).
// A seeded factor model supplies realistic noise and correlation; a Brownian bridge then
// forces every path through hand-picked anchor levels so the demo tells the familiar story
// (COVID crash, 2022 bear market, China drawdown, the April 2025 tariff shock) and hits the
// published 2025 YTD figures exactly. Pure and deterministic: same bytes on every run, in
// every time zone. Nothing here is market data.
import { uniformFloat64 } from 'pure-rand/distribution/uniformFloat64';
import { xoroshiro128plus } from 'pure-rand/generator/xoroshiro128plus';
import type { RandomGenerator } from 'pure-rand/types/RandomGenerator';
import { weekday } from '../../src/domain/dates';
import { tradingDays } from '../../src/domain/trading-days';

export interface DemoPriceFile {
  notice: string;
  seed: number;
  dates: string[];
  symbols: {
    symbol: string;
    name: string;
    currency: 'USD';
    close: number[];
    adjClose: number[];
  }[];
}

const SEED = 20250725;
const FIRST_DATE = '2015-01-02';
const LAST_DATE = '2025-12-31';
const TRADING_DAYS_PER_YEAR = 252;

const SYMBOLS = ['SPY', 'QQQ', 'MCHI', 'FXI', 'KWEB', 'SOXX', 'IWM', 'GLD', 'EEM', 'TLT'] as const;
type DemoSymbol = (typeof SYMBOLS)[number];

const FACTORS = ['us', 'china', 'tech', 'rates', 'gold'] as const;
type Factor = (typeof FACTORS)[number];

type DividendSchedule =
  | { kind: 'none' }
  // Ex-date = the 3rd Friday of each listed month (SPDR / Invesco style).
  | { kind: 'third-friday'; months: number[]; annualYield: number }
  // Ex-date = the first trading day on or after `day` of each listed month (iShares style).
  | { kind: 'on-or-after'; months: number[]; day: number; annualYield: number };

interface SymbolSpec {
  name: string;
  annualVol: number;
  /** Annualised factor loadings; the idiosyncratic part fills the rest of annualVol. */
  loadings: Partial<Record<Factor, number>>;
  dividends: DividendSchedule;
}

const QUARTERS = [3, 6, 9, 12];
const ALL_MONTHS = [1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12];

// Loadings were solved from the target vols and pairwise correlations in the brief, e.g.
// QQQ's us loading = 0.9 * 0.17 * 0.22 / 0.165 so that corr(SPY, QQQ) comes out near 0.9.
const SPECS: Record<DemoSymbol, SymbolSpec> = {
  SPY: {
    name: 'SPDR S&P 500 ETF Trust',
    annualVol: 0.17,
    loadings: { us: 0.165 },
    dividends: { kind: 'third-friday', months: QUARTERS, annualYield: 0.013 },
  },
  QQQ: {
    name: 'Invesco QQQ Trust',
    annualVol: 0.22,
    loadings: { us: 0.204, tech: 0.07 },
    dividends: { kind: 'third-friday', months: QUARTERS, annualYield: 0.006 },
  },
  MCHI: {
    name: 'iShares MSCI China ETF',
    annualVol: 0.28,
    loadings: { us: 0.144, china: 0.23 },
    dividends: { kind: 'on-or-after', months: [6, 12], day: 10, annualYield: 0.02 },
  },
  FXI: {
    name: 'iShares China Large-Cap ETF',
    annualVol: 0.28,
    loadings: { us: 0.12, china: 0.232 },
    dividends: { kind: 'on-or-after', months: [6, 12], day: 10, annualYield: 0.02 },
  },
  KWEB: {
    name: 'KraneShares CSI China Internet ETF',
    annualVol: 0.4,
    loadings: { us: 0.15, china: 0.32, tech: 0.08 },
    dividends: { kind: 'on-or-after', months: [12], day: 20, annualYield: 0.01 },
  },
  SOXX: {
    name: 'iShares Semiconductor ETF',
    annualVol: 0.32,
    loadings: { us: 0.22, tech: 0.163 },
    dividends: { kind: 'on-or-after', months: QUARTERS, day: 6, annualYield: 0.007 },
  },
  IWM: {
    name: 'iShares Russell 2000 ETF',
    annualVol: 0.22,
    loadings: { us: 0.193 },
    dividends: { kind: 'on-or-after', months: QUARTERS, day: 10, annualYield: 0.012 },
  },
  GLD: {
    name: 'SPDR Gold Shares',
    annualVol: 0.14,
    loadings: { us: 0.007, rates: 0.04, gold: 0.13 },
    dividends: { kind: 'none' },
  },
  EEM: {
    name: 'iShares MSCI Emerging Markets ETF',
    annualVol: 0.19,
    loadings: { us: 0.12, china: 0.1 },
    dividends: { kind: 'on-or-after', months: [6, 12], day: 10, annualYield: 0.02 },
  },
  TLT: {
    name: 'iShares 20+ Year Treasury Bond ETF',
    annualVol: 0.15,
    loadings: { us: -0.03, rates: 0.145 },
    dividends: { kind: 'on-or-after', months: ALL_MONTHS, day: 1, annualYield: 0.035 },
  },
};

type Levels = Partial<Record<DemoSymbol, number>>;

// Closing levels the paths are forced through: synthetic, roughly the shape of real history.
// Every symbol needs the first and the last date; the 2025 rows are the calibrated story
// (SPY +9.0%, QQQ +11.0%, MCHI +28.1% from 2024-12-31 to 2025-07-25; the MCHI pair 47.01 ->
// 60.22 is +28.10% even after both are rounded to cents).
const ANCHORS: { date: string; levels: Levels }[] = [
  { date: '2015-01-02', levels: { SPY: 205, QQQ: 102, MCHI: 50, FXI: 41, KWEB: 33, SOXX: 30, IWM: 118, GLD: 113, EEM: 39, TLT: 127 } },
  { date: '2015-01-30', levels: { TLT: 138 } },
  { date: '2015-04-27', levels: { MCHI: 62, FXI: 52, KWEB: 42, EEM: 44.5 } },
  { date: '2015-05-21', levels: { SPY: 213 } },
  { date: '2015-06-01', levels: { SOXX: 36 } },
  { date: '2015-06-10', levels: { TLT: 115 } },
  { date: '2015-06-23', levels: { IWM: 129 } },
  { date: '2015-07-20', levels: { QQQ: 115 } },
  // The August 2015 yuan devaluation sell-off.
  { date: '2015-08-24', levels: { MCHI: 45, FXI: 35, KWEB: 33, SOXX: 27, EEM: 32 } },
  { date: '2015-08-25', levels: { SPY: 187, QQQ: 97 } },
  { date: '2015-09-28', levels: { SPY: 188, QQQ: 98, IWM: 110 } },
  { date: '2015-11-03', levels: { SPY: 211, MCHI: 50, FXI: 38, KWEB: 40 } },
  { date: '2015-12-17', levels: { GLD: 101 } },
  { date: '2016-01-20', levels: { EEM: 28.5 } },
  { date: '2016-02-11', levels: { SPY: 182, QQQ: 96, MCHI: 38, FXI: 30, KWEB: 30, SOXX: 27, IWM: 95 } },
  { date: '2016-04-20', levels: { MCHI: 42, FXI: 33, KWEB: 35 } },
  { date: '2016-06-27', levels: { SPY: 199, QQQ: 102, MCHI: 40, FXI: 33, KWEB: 35, IWM: 108, EEM: 34 } },
  { date: '2016-07-06', levels: { GLD: 130 } },
  { date: '2016-07-08', levels: { TLT: 143 } },
  { date: '2016-09-07', levels: { SPY: 219, QQQ: 119 } },
  { date: '2016-12-30', levels: { SPY: 224, QQQ: 118.5, MCHI: 46, FXI: 35, KWEB: 36, SOXX: 42, IWM: 135, GLD: 110, EEM: 35, TLT: 118 } },
  { date: '2017-03-01', levels: { SPY: 240 } },
  { date: '2017-06-30', levels: { SPY: 241, QQQ: 138, MCHI: 58, FXI: 40, KWEB: 50, SOXX: 50, IWM: 141, EEM: 41 } },
  { date: '2017-09-07', levels: { GLD: 128, TLT: 129 } },
  { date: '2017-12-15', levels: { GLD: 119 } },
  { date: '2017-12-29', levels: { SPY: 266.9, QQQ: 156, MCHI: 72, FXI: 46, KWEB: 60, SOXX: 58, IWM: 152, EEM: 47, TLT: 126 } },
  { date: '2018-01-26', levels: { SPY: 286, QQQ: 174, MCHI: 80, FXI: 54, KWEB: 70, EEM: 52 } },
  { date: '2018-02-08', levels: { SPY: 258 } },
  { date: '2018-03-12', levels: { MCHI: 78, FXI: 50, KWEB: 66, SOXX: 66 } },
  { date: '2018-04-11', levels: { GLD: 128 } },
  { date: '2018-05-17', levels: { TLT: 116 } },
  { date: '2018-06-29', levels: { MCHI: 63, FXI: 42, KWEB: 58, EEM: 43 } },
  { date: '2018-08-16', levels: { GLD: 112 } },
  { date: '2018-08-29', levels: { QQQ: 186, SOXX: 62 } },
  { date: '2018-08-31', levels: { IWM: 172 } },
  { date: '2018-09-20', levels: { SPY: 293 } },
  { date: '2018-10-05', levels: { TLT: 112 } },
  { date: '2018-10-29', levels: { EEM: 38.5 } },
  { date: '2018-10-30', levels: { MCHI: 53, FXI: 38, KWEB: 41 } },
  { date: '2018-12-24', levels: { SPY: 234, QQQ: 143, MCHI: 52, FXI: 39, KWEB: 40, SOXX: 50, IWM: 125 } },
  { date: '2019-04-17', levels: { MCHI: 65, FXI: 46, KWEB: 51, EEM: 44 } },
  { date: '2019-06-03', levels: { SPY: 275, QQQ: 167, SOXX: 60, IWM: 148 } },
  { date: '2019-06-28', levels: { GLD: 132 } },
  { date: '2019-07-26', levels: { SPY: 302, QQQ: 194 } },
  { date: '2019-08-05', levels: { MCHI: 55, FXI: 39, KWEB: 43, EEM: 40 } },
  { date: '2019-08-28', levels: { TLT: 148 } },
  { date: '2019-09-04', levels: { GLD: 146 } },
  { date: '2019-12-31', levels: { SPY: 322, QQQ: 212.6, MCHI: 66, FXI: 43.6, KWEB: 50, SOXX: 89, IWM: 165.7, GLD: 143, EEM: 44.9, TLT: 135.5 } },
  { date: '2020-02-19', levels: { SPY: 338, QQQ: 237.5, MCHI: 66, FXI: 42, KWEB: 53, SOXX: 100, IWM: 168, GLD: 151, EEM: 45 } },
  { date: '2020-03-09', levels: { TLT: 171 } },
  // Tethers inside the crash so the turbulent noise cannot undercut the 03-23 trough.
  { date: '2020-03-13', levels: { SPY: 269, QQQ: 192, SOXX: 80, IWM: 120 } },
  { date: '2020-03-18', levels: { SPY: 240, QQQ: 174, SOXX: 67, IWM: 108, TLT: 150 } },
  { date: '2020-03-19', levels: { GLD: 140 } },
  // The COVID trough: SPY -34% from the 2020-02-19 peak.
  { date: '2020-03-23', levels: { SPY: 223, QQQ: 170, MCHI: 54, FXI: 36, KWEB: 44, SOXX: 64, IWM: 105, EEM: 31 } },
  { date: '2020-04-29', levels: { SPY: 294, QQQ: 222, MCHI: 60, FXI: 37, KWEB: 50, SOXX: 80, IWM: 132, EEM: 36 } },
  { date: '2020-06-08', levels: { SPY: 323, QQQ: 242, SOXX: 90, IWM: 170 } },
  { date: '2020-06-30', levels: { MCHI: 68, FXI: 40, KWEB: 60, EEM: 40 } },
  { date: '2020-08-04', levels: { TLT: 171 } },
  { date: '2020-08-06', levels: { GLD: 194 } },
  { date: '2020-09-02', levels: { SPY: 358, QQQ: 303, SOXX: 113 } },
  { date: '2020-10-30', levels: { SPY: 326, IWM: 151 } },
  { date: '2020-12-31', levels: { SPY: 374, QQQ: 313.7, MCHI: 82, FXI: 46.5, KWEB: 86, SOXX: 145, IWM: 196, GLD: 178, EEM: 51.7, TLT: 157.7 } },
  // China peak before the 2021-2022 drawdown.
  { date: '2021-02-17', levels: { MCHI: 90, FXI: 53, KWEB: 100, EEM: 58 } },
  { date: '2021-03-08', levels: { GLD: 157 } },
  { date: '2021-03-18', levels: { TLT: 135 } },
  { date: '2021-06-01', levels: { GLD: 179 } },
  { date: '2021-06-30', levels: { SPY: 428, QQQ: 354, MCHI: 80, FXI: 45, KWEB: 70, SOXX: 160, IWM: 229, EEM: 54.5 } },
  { date: '2021-08-04', levels: { TLT: 152 } },
  { date: '2021-09-02', levels: { SPY: 454 } },
  { date: '2021-10-04', levels: { MCHI: 60, FXI: 38, KWEB: 46 } },
  { date: '2021-11-08', levels: { IWM: 243 } },
  { date: '2021-11-19', levels: { QQQ: 403 } },
  { date: '2021-12-27', levels: { SOXX: 190 } },
  { date: '2021-12-31', levels: { TLT: 148 } },
  { date: '2022-01-03', levels: { SPY: 477 } },
  { date: '2022-03-08', levels: { GLD: 191 } },
  { date: '2022-03-15', levels: { MCHI: 42, FXI: 26, KWEB: 28 } },
  { date: '2022-03-29', levels: { SPY: 461, QQQ: 370 } },
  { date: '2022-06-14', levels: { TLT: 108 } },
  { date: '2022-06-16', levels: { SPY: 366, QQQ: 269, SOXX: 120, IWM: 164 } },
  { date: '2022-06-30', levels: { MCHI: 58, FXI: 33, KWEB: 35, EEM: 39 } },
  { date: '2022-08-16', levels: { SPY: 429, QQQ: 334, SOXX: 150, IWM: 201 } },
  { date: '2022-09-26', levels: { GLD: 153 } },
  // The 2022 bear market bottom: tech fell further than the broad market.
  { date: '2022-10-12', levels: { SPY: 357, QQQ: 260, SOXX: 103 } },
  // China trough: KWEB -75% from its February 2021 peak.
  { date: '2022-10-24', levels: { MCHI: 34, FXI: 20.5, KWEB: 25, EEM: 34, TLT: 92 } },
  { date: '2022-12-30', levels: { SPY: 383, QQQ: 266, MCHI: 46, FXI: 28, KWEB: 31, SOXX: 116, IWM: 174, GLD: 170, EEM: 37.9, TLT: 100 } },
  { date: '2023-01-26', levels: { MCHI: 52, FXI: 33, KWEB: 37 } },
  { date: '2023-03-13', levels: { SPY: 385, IWM: 171 } },
  { date: '2023-04-05', levels: { TLT: 108 } },
  { date: '2023-05-03', levels: { GLD: 192 } },
  { date: '2023-07-18', levels: { QQQ: 388 } },
  { date: '2023-07-31', levels: { SPY: 458, MCHI: 50, FXI: 29, KWEB: 32, SOXX: 180, IWM: 200, EEM: 41 } },
  { date: '2023-10-19', levels: { TLT: 83 } },
  { date: '2023-10-27', levels: { SPY: 410, MCHI: 41, FXI: 25, KWEB: 26, SOXX: 152, IWM: 162, EEM: 37 } },
  { date: '2023-12-29', levels: { SPY: 476, QQQ: 409.5, MCHI: 40.5, FXI: 24, KWEB: 26.5, SOXX: 200, IWM: 200, GLD: 191, EEM: 40.2, TLT: 98.8 } },
  { date: '2024-01-22', levels: { MCHI: 35, FXI: 22, KWEB: 22 } },
  { date: '2024-04-12', levels: { GLD: 222 } },
  { date: '2024-04-19', levels: { SPY: 495, QQQ: 414, SOXX: 195 } },
  { date: '2024-04-25', levels: { TLT: 88 } },
  { date: '2024-05-20', levels: { MCHI: 47, FXI: 29, KWEB: 32 } },
  { date: '2024-07-10', levels: { QQQ: 502, SOXX: 260 } },
  { date: '2024-07-16', levels: { SPY: 565, IWM: 222, EEM: 44 } },
  { date: '2024-08-05', levels: { SPY: 517, QQQ: 434 } },
  { date: '2024-08-07', levels: { SOXX: 200 } },
  { date: '2024-09-13', levels: { MCHI: 40, FXI: 26, KWEB: 25 } },
  { date: '2024-09-16', levels: { TLT: 101 } },
  // The September 2024 China stimulus rally.
  { date: '2024-09-30', levels: { SPY: 573, QQQ: 488 } },
  { date: '2024-10-07', levels: { MCHI: 57, FXI: 36, KWEB: 38 } },
  { date: '2024-10-30', levels: { GLD: 256 } },
  { date: '2024-11-25', levels: { IWM: 242 } },
  { date: '2024-12-31', levels: { SPY: 586, QQQ: 511, MCHI: 47.01, FXI: 31, KWEB: 29, SOXX: 215, IWM: 221, GLD: 242, EEM: 42, TLT: 87 } },
  { date: '2025-01-13', levels: { SPY: 575, QQQ: 505, MCHI: 44 } },
  // The pre-tariff peak.
  { date: '2025-02-19', levels: { SPY: 612, QQQ: 539, SOXX: 230 } },
  { date: '2025-03-13', levels: { SPY: 551, QQQ: 468 } },
  // The peak of the Jan-Mar China tech rally.
  { date: '2025-03-18', levels: { MCHI: 60, FXI: 38, KWEB: 38 } },
  { date: '2025-03-25', levels: { SPY: 575, QQQ: 494 } },
  { date: '2025-04-02', levels: { SPY: 564.5, QQQ: 476, MCHI: 55, FXI: 35.5, KWEB: 35, SOXX: 195, IWM: 200, EEM: 43 } },
  // The tariff trough: SPY -19% and QQQ -23% from the February peak.
  { date: '2025-04-08', levels: { SPY: 496.5, QQQ: 415, MCHI: 47.5, FXI: 31, KWEB: 28.5, SOXX: 160, IWM: 172, EEM: 38 } },
  { date: '2025-04-21', levels: { SPY: 520, QQQ: 440, GLD: 317 } },
  { date: '2025-05-21', levels: { TLT: 83 } },
  { date: '2025-07-25', levels: { SPY: 638.74, QQQ: 567.21, MCHI: 60.22, FXI: 37, KWEB: 34, SOXX: 250, IWM: 225, GLD: 309, EEM: 48.5, TLT: 87.5 } },
  { date: '2025-10-20', levels: { GLD: 400 } },
  { date: '2025-10-28', levels: { SPY: 687, QQQ: 628 } },
  { date: '2025-12-31', levels: { SPY: 681, QQQ: 615, MCHI: 62, FXI: 38, KWEB: 36, SOXX: 290, IWM: 245, GLD: 380, EEM: 52, TLT: 88 } },
];

// Single-day simple returns fixed before bridging, so the headline days look right instead
// of being smeared across their segment by the bridge drift.
const PINNED_MOVES: { date: string; moves: Levels }[] = [
  { date: '2020-03-16', moves: { SPY: -0.109, QQQ: -0.12, SOXX: -0.15, IWM: -0.14 } },
  { date: '2020-03-24', moves: { SPY: 0.091, QQQ: 0.084, SOXX: 0.11, IWM: 0.094 } },
  { date: '2025-04-03', moves: { SPY: -0.049, QQQ: -0.054, MCHI: -0.025, FXI: -0.02, KWEB: -0.03, SOXX: -0.1, IWM: -0.066, GLD: -0.015, EEM: -0.03, TLT: 0.01 } },
  { date: '2025-04-04', moves: { SPY: -0.059, QQQ: -0.062, MCHI: -0.08, FXI: -0.075, KWEB: -0.08, SOXX: -0.076, IWM: -0.044, GLD: -0.025, EEM: -0.05 } },
  // Pinned so the trough lands on 04-08 rather than wherever the bridge noise puts it.
  { date: '2025-04-07', moves: { SPY: -0.002, QQQ: 0.001, MCHI: -0.03, FXI: -0.03, KWEB: -0.04, SOXX: 0.002, IWM: -0.002, EEM: -0.01 } },
  { date: '2025-04-09', moves: { SPY: 0.105, QQQ: 0.12, MCHI: 0.07, FXI: 0.065, KWEB: 0.09, SOXX: 0.187, IWM: 0.087, GLD: 0.033, EEM: 0.065, TLT: -0.005 } },
];

// Days the whole market trades in a high-volatility regime, on top of the random regimes.
const STRESS_WINDOWS: { from: string; to: string; multiplier: number }[] = [
  { from: '2015-08-20', to: '2015-09-30', multiplier: 1.8 },
  { from: '2016-01-04', to: '2016-02-12', multiplier: 1.5 },
  { from: '2018-02-02', to: '2018-02-15', multiplier: 2.2 },
  { from: '2018-10-10', to: '2018-12-31', multiplier: 1.5 },
  { from: '2020-02-24', to: '2020-04-30', multiplier: 3 },
  { from: '2020-05-01', to: '2020-06-30', multiplier: 1.6 },
  { from: '2022-01-01', to: '2022-12-31', multiplier: 1.3 },
  { from: '2024-08-01', to: '2024-08-09', multiplier: 1.8 },
  { from: '2025-04-01', to: '2025-04-30', multiplier: 2.2 },
];

// A two-state Markov chain of calm and turbulent days gives fat tails and volatility
// clustering; its long-run variance is about 1 so the target vols stay meaningful.
const CALM_MULTIPLIER = 0.85;
const TURBULENT_MULTIPLIER = 1.7;
const P_CALM_TO_TURBULENT = 0.01;
const P_TURBULENT_TO_CALM = 0.05;

/** Standard normals by Box-Muller, both of each pair used. Shared with sentiment.ts. */
export function normalSource(rng: RandomGenerator): () => number {
  let spare: number | undefined;
  return () => {
    if (spare !== undefined) {
      const z = spare;
      spare = undefined;
      return z;
    }
    // 1 - u keeps the log argument in (0, 1].
    const u1 = 1 - uniformFloat64(rng);
    const u2 = uniformFloat64(rng);
    const radius = Math.sqrt(-2 * Math.log(u1));
    spare = radius * Math.sin(2 * Math.PI * u2);
    return radius * Math.cos(2 * Math.PI * u2);
  };
}

function indexOfDate(dates: readonly string[], date: string): number {
  const i = dates.indexOf(date);
  if (i < 0) throw new Error(`demo prices: ${date} is not an NYSE trading day`);
  return i;
}

function firstIndexOnOrAfter(dates: readonly string[], date: string): number {
  return dates.findIndex((d) => d >= date);
}

function pad2(n: number): string {
  return String(n).padStart(2, '0');
}

/** Indices into `dates` of the ex-dividend days; a holiday ex-date rolls to the next session. */
function exDividendIndices(dates: readonly string[], schedule: DividendSchedule): number[] {
  if (schedule.kind === 'none') return [];
  const firstYear = Number(FIRST_DATE.slice(0, 4));
  const lastYear = Number(LAST_DATE.slice(0, 4));
  const indices: number[] = [];
  for (let year = firstYear; year <= lastYear; year++) {
    for (const month of schedule.months) {
      let day: number;
      if (schedule.kind === 'third-friday') {
        const firstWeekday = weekday(`${year}-${pad2(month)}-01`);
        day = 1 + ((5 - firstWeekday + 7) % 7) + 14;
      } else {
        day = schedule.day;
      }
      const i = firstIndexOnOrAfter(dates, `${year}-${pad2(month)}-${pad2(day)}`);
      // Index 0 has no previous close to take the dividend from.
      if (i > 0) indices.push(i);
    }
  }
  return indices;
}

function round(value: number, decimals: number): number {
  const scale = 10 ** decimals;
  return Math.round(value * scale) / scale;
}

function sampleStd(values: readonly number[]): number {
  const mean = values.reduce((a, b) => a + b, 0) / values.length;
  const ss = values.reduce((a, b) => a + (b - mean) ** 2, 0);
  return Math.sqrt(ss / (values.length - 1));
}

/** Common volatility multiplier per day (index 0 is unused: it has no return). */
function volatilityRegime(dates: readonly string[], uniform: () => number): number[] {
  const multipliers: number[] = [];
  let turbulent = false;
  for (const date of dates) {
    const u = uniform();
    turbulent = turbulent ? u >= P_TURBULENT_TO_CALM : u < P_CALM_TO_TURBULENT;
    let m = turbulent ? TURBULENT_MULTIPLIER : CALM_MULTIPLIER;
    for (const w of STRESS_WINDOWS) {
      if (date >= w.from && date <= w.to) m = Math.max(m, w.multiplier);
    }
    multipliers.push(m);
  }
  return multipliers;
}

/**
 * Daily log-return noise per symbol, scaled so its sample vol equals the target exactly;
 * the scaling is per symbol but tiny, so the factor correlations survive.
 */
function factorNoise(dates: readonly string[], rng: RandomGenerator): Record<DemoSymbol, number[]> {
  const normal = normalSource(rng);
  const regime = volatilityRegime(dates, () => uniformFloat64(rng));
  const noise = Object.fromEntries(SYMBOLS.map((s) => [s, [0]])) as Record<DemoSymbol, number[]>;
  const idio = Object.fromEntries(
    SYMBOLS.map((s) => {
      const spec = SPECS[s];
      const systematic = FACTORS.reduce((acc, f) => acc + (spec.loadings[f] ?? 0) ** 2, 0);
      // The floor keeps some stock-specific noise even when the factors explain it all.
      return [s, Math.sqrt(Math.max(spec.annualVol ** 2 - systematic, (0.1 * spec.annualVol) ** 2))];
    }),
  ) as Record<DemoSymbol, number>;

  for (let t = 1; t < dates.length; t++) {
    const m = regime[t] ?? 1;
    const z = Object.fromEntries(FACTORS.map((f) => [f, normal()])) as Record<Factor, number>;
    for (const s of SYMBOLS) {
      const spec = SPECS[s];
      let annual = idio[s] * normal();
      for (const f of FACTORS) annual += (spec.loadings[f] ?? 0) * z[f];
      noise[s].push((m * annual) / Math.sqrt(TRADING_DAYS_PER_YEAR));
    }
  }

  for (const s of SYMBOLS) {
    const series = noise[s];
    const scale = SPECS[s].annualVol / Math.sqrt(TRADING_DAYS_PER_YEAR) / sampleStd(series.slice(1));
    noise[s] = series.map((r) => r * scale);
  }
  return noise;
}

/** Closes (unrounded) that pass exactly through the symbol's anchors. */
function bridgedCloses(
  dates: readonly string[],
  symbol: DemoSymbol,
  noise: readonly number[],
  exDates: ReadonlySet<number>,
): number[] {
  const yieldPerPayment = (() => {
    const d = SPECS[symbol].dividends;
    return d.kind === 'none' ? 0 : d.annualYield / d.months.length;
  })();

  const logReturns = [...noise];
  // The ex-date drop is part of the day's move, so the bridge keeps the close anchors exact.
  for (const i of exDates) logReturns[i] = (logReturns[i] ?? 0) + Math.log(1 - yieldPerPayment);

  const pinned = new Set<number>();
  for (const { date, moves } of PINNED_MOVES) {
    const move = moves[symbol];
    if (move === undefined) continue;
    const i = indexOfDate(dates, date);
    logReturns[i] = Math.log(1 + move);
    pinned.add(i);
  }

  const anchors = ANCHORS.flatMap(({ date, levels }) => {
    const level = levels[symbol];
    return level === undefined ? [] : [{ index: indexOfDate(dates, date), level }];
  });
  const first = anchors[0];
  const last = anchors[anchors.length - 1];
  if (!first || first.index !== 0 || !last || last.index !== dates.length - 1) {
    throw new Error(`demo prices: ${symbol} needs anchors on ${FIRST_DATE} and ${LAST_DATE}`);
  }

  const closes: number[] = new Array<number>(dates.length).fill(first.level);
  for (let a = 1; a < anchors.length; a++) {
    const from = anchors[a - 1];
    const to = anchors[a];
    if (!from || !to) continue;
    // A misordered row would silently bridge backwards, so fail loudly instead.
    if (to.index <= from.index) throw new Error(`demo prices: ${symbol} anchors out of order at ${dates[to.index]}`);
    let sum = 0;
    let free = 0;
    for (let t = from.index + 1; t <= to.index; t++) {
      sum += logReturns[t] ?? 0;
      if (!pinned.has(t)) free++;
    }
    if (free === 0) throw new Error(`demo prices: ${symbol} segment ending ${dates[to.index]} is fully pinned`);
    const drift = (Math.log(to.level / from.level) - sum) / free;
    // Each segment restarts from its anchor level so rounding never accumulates across them.
    let logLevel = Math.log(from.level);
    for (let t = from.index + 1; t <= to.index; t++) {
      logLevel += (logReturns[t] ?? 0) + (pinned.has(t) ? 0 : drift);
      closes[t] = t === to.index ? to.level : Math.exp(logLevel);
    }
  }
  return closes;
}

/**
 * Yahoo-style dividend adjustment: walking back from the last date, every ex-date scales all
 * earlier prices by (1 - dividend / previous close), so adjClose equals close on the last date.
 */
function adjustedCloses(close: readonly number[], dividends: ReadonlyMap<number, number>): number[] {
  const adj: number[] = new Array<number>(close.length).fill(0);
  let factor = 1;
  for (let t = close.length - 1; t >= 0; t--) {
    adj[t] = round((close[t] ?? 0) * factor, 4);
    const dividend = dividends.get(t);
    const previous = close[t - 1];
    if (dividend !== undefined && previous !== undefined) factor *= 1 - dividend / previous;
  }
  return adj;
}

export function generateDemoPrices(): DemoPriceFile {
  const dates = tradingDays(FIRST_DATE, LAST_DATE);
  const noise = factorNoise(dates, xoroshiro128plus(SEED));

  const symbols = SYMBOLS.map((symbol) => {
    const spec = SPECS[symbol];
    const exIndices = exDividendIndices(dates, spec.dividends);
    const closes = bridgedCloses(dates, symbol, noise[symbol], new Set(exIndices));
    const close = closes.map((c) => round(c, 2));

    const dividends = new Map<number, number>();
    if (spec.dividends.kind !== 'none') {
      const yieldPerPayment = spec.dividends.annualYield / spec.dividends.months.length;
      // Paid per share, so it is a fraction of the close the day before the ex-date.
      for (const i of exIndices) dividends.set(i, round((close[i - 1] ?? 0) * yieldPerPayment, 4));
    }

    return {
      symbol,
      name: spec.name,
      currency: 'USD' as const,
      close,
      adjClose: adjustedCloses(close, dividends),
    };
  });

  return {
    notice: 'Synthetic sample data generated by scripts/generate-demo-data.ts; not market data.',
    seed: SEED,
    dates,
    symbols,
  };
}
