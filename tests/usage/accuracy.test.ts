import { afterEach, describe, expect, it, vi } from 'vitest';
import { USAGE_SITES } from '../../src/messaging/usage';
import type { UsageHistory } from '../../src/usage/history';
import { World } from './world';

/**
 * Replays long, seeded sequences of use (reading, idling, tab and window switches, locks, sleep,
 * worker restarts) across midnights and daylight-saving changes, and compares the stored history
 * with the simulator's ground truth: at most 1 s of error per simulated hour, per day and site.
 */

function mulberry32(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

async function randomSession(world: World, random: () => number, hours: number): Promise<void> {
  const end = world.now + hours * 3_600_000;
  const windows = [world.openWindow(['linkedin', 'other', 'x']), world.openWindow(['linkedin', 'x'])];
  let lastSleep = world.now;
  const pick = <T,>(items: readonly T[]): T => items[Math.floor(random() * items.length)]!;
  while (world.now < end) {
    const roll = random();
    if (roll < 0.55) {
      // Reading and scrolling: input every few seconds to a minute.
      for (let n = Math.floor(random() * 20); n > 0; n--) {
        await world.wait(1_000 + Math.floor(random() * 50_000));
        world.input();
      }
    } else if (roll < 0.65) await world.wait(61_000 + Math.floor(random() * 600_000)); // walked away
    else if (roll < 0.75) world.switchTab(pick(windows), Math.floor(random() * 3));
    else if (roll < 0.82) world.focusWindow(pick([...windows, null]));
    else if (roll < 0.87) await world.restartWorker();
    else if (roll < 0.9) {
      world.lock();
      await world.wait(Math.floor(random() * 300_000));
      world.unlock();
    } else if (roll < 0.93 && world.now - lastSleep > 2 * 3_600_000) {
      await world.sleep(60_000 + Math.floor(random() * 3_600_000));
      lastSleep = world.now;
      world.input();
    } else await world.wait(Math.floor(random() * 5_000));
  }
  await world.wait(120_000);
}

function compare(history: UsageHistory, truth: Map<string, number>, hours: number): number {
  const keys = new Set(truth.keys());
  for (const [day, totals] of Object.entries(history.days)) {
    for (const site of USAGE_SITES) if (totals[site]) keys.add(`${day} ${site}`);
  }
  let worst = 0;
  for (const key of keys) {
    const [day, site] = key.split(' ') as [string, (typeof USAGE_SITES)[number]];
    const counted = history.days[day]?.[site] ?? 0;
    const error = Math.abs(counted - (truth.get(key) ?? 0));
    worst = Math.max(worst, error);
    expect(error, `${key}: counted ${counted} ms, truth ${truth.get(key) ?? 0} ms`).toBeLessThanOrEqual(hours * 1_000);
  }
  return worst;
}

const CASES = [
  { zone: 'America/New_York', start: '2026-03-07T20:00:00-05:00', hours: 30, note: 'spring forward at 02:00' },
  { zone: 'America/New_York', start: '2026-10-31T21:00:00-04:00', hours: 30, note: 'fall back at 02:00' },
  { zone: 'America/Santiago', start: '2026-09-05T21:00:00-04:00', hours: 8, note: 'midnight skipped' },
  { zone: 'America/Santiago', start: '2026-04-04T21:00:00-03:00', hours: 8, note: 'last hour of the day repeated' },
  { zone: 'Europe/London', start: '2026-06-01T08:00:00+01:00', hours: 12, note: 'ordinary day' },
];

describe('active time against ground truth', () => {
  afterEach(() => {
    vi.useRealTimers();
  });

  for (const [index, c] of CASES.entries()) {
    for (const liars of [false, true]) {
      it(`${c.zone}, ${c.note}${liars ? ', pages that always claim focus' : ''}`, async () => {
        process.env.TZ = c.zone;
        vi.useFakeTimers({ now: new Date(c.start) });
        const random = mulberry32(1000 + index * 7 + (liars ? 1 : 0));
        const world = new World(c.zone, random, liars);
        await randomSession(world, random, c.hours);
        const history = await world.history();
        const total = [...world.truth.values()].reduce((a, b) => a + b, 0);
        expect(total, 'the scenario must contain real use').toBeGreaterThan(c.hours * 60_000);
        const worst = compare(history, world.truth, c.hours);
        console.info(`${c.zone} ${c.note}${liars ? ' (liars)' : ''}: ${c.hours} h, ${Math.round(total / 60_000)} min used, worst error ${worst} ms per day and site`);
        expect(Object.keys(history.days).length).toBe(new Set([...world.truth.keys()].map((k) => k.split(' ')[0])).size);
      });
    }
  }
});
