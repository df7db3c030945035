// One seeded random source for the whole generator: faker's Mersenne Twister, shared by the locale fakers
// (names in Persian, Arabic, Cyrillic and Turkish script) and by the numeric helpers below, so one seed
// reproduces every row. Seeding is costly (~50µs), so it is re-seeded once per block of customers.
import { ar, base, de, en, Faker, fa, generateMersenne53Randomizer, type Randomizer, ru, tr } from "@faker-js/faker";

export type NameLocale = "fa" | "ar" | "ru" | "tr" | "en" | "de";

export class Rng {
  private readonly randomizer: Randomizer = generateMersenne53Randomizer();
  readonly faker: Record<NameLocale, Faker>;
  private readonly nameLists = new Map<string, string[]>();

  constructor() {
    const randomizer = this.randomizer;
    const make = (locale: (typeof en)[]) => new Faker({ locale, randomizer });
    this.faker = {
      fa: make([fa, en, base]),
      ar: make([ar, en, base]),
      ru: make([ru, en, base]),
      tr: make([tr, en, base]),
      en: make([en, base]),
      de: make([de, en, base]),
    };
  }

  /**
   * A first or last name from faker's own lists for the locale (sex-specific where it has them). Picked directly:
   * faker's pattern engine costs up to 40µs a name in some locales, a third of the generator's time at scale.
   */
  personName(locale: NameLocale, part: "first_name" | "last_name", sex: "female" | "male"): string {
    const key = `${locale}/${part}/${sex}`;
    let names = this.nameLists.get(key);
    if (!names) {
      const lists = (this.faker[locale].rawDefinitions.person?.[part] ?? {}) as Partial<Record<"generic" | "female" | "male", string[]>>;
      names = lists[sex] ?? lists.generic ?? [...(lists.female ?? []), ...(lists.male ?? [])];
      if (names.length === 0) throw new Error(`faker has no ${part} for ${locale}`);
      this.nameLists.set(key, names);
    }
    return this.pick(names);
  }

  seed(parts: number[]): void {
    this.randomizer.seed(parts);
  }

  /** Uniform in [0, 1). */
  next(): number {
    return this.randomizer.next();
  }

  /** Integer in [min, max], both inclusive. */
  int(min: number, max: number): number {
    return min + Math.floor(this.next() * (max - min + 1));
  }

  float(min: number, max: number): number {
    return min + this.next() * (max - min);
  }

  chance(p: number): boolean {
    return this.next() < p;
  }

  pick<T>(items: readonly T[]): T {
    return items[Math.floor(this.next() * items.length)];
  }

  /** Poisson-distributed count (Knuth; the rates here are small). */
  poisson(lambda: number): number {
    if (lambda <= 0) return 0;
    if (lambda > 30) return Math.max(0, Math.round(lambda + Math.sqrt(lambda) * this.gaussian()));
    const limit = Math.exp(-lambda);
    let k = 0;
    let p = this.next();
    while (p > limit) {
      k++;
      p *= this.next();
    }
    return k;
  }

  /** Binomial count of successes in n trials. */
  binomial(n: number, p: number): number {
    let k = 0;
    for (let i = 0; i < n; i++) if (this.next() < p) k++;
    return k;
  }

  gaussian(): number {
    return Math.sqrt(-2 * Math.log(1 - this.next())) * Math.cos(2 * Math.PI * this.next());
  }

  /** Log-normal with the given median (response and resolution times have long tails). */
  logNormal(median: number, sigma: number): number {
    return median * Math.exp(sigma * this.gaussian());
  }

  /** Lower-case hex string of the given length (survey tokens). */
  hex(length: number): string {
    let s = "";
    while (s.length < length)
      s += Math.floor(this.next() * 0x1000000)
        .toString(16)
        .padStart(6, "0");
    return s.slice(0, length);
  }
}

/** A weighted choice table, built once: pick() is a binary search over cumulative weights. */
export class Weighted<T> {
  private readonly values: T[];
  private readonly cumulative: number[];

  constructor(entries: readonly (readonly [T, number])[]) {
    this.values = entries.map((e) => e[0]);
    let sum = 0;
    this.cumulative = entries.map((e) => (sum += e[1]));
  }

  pick(rng: Rng): T {
    const x = rng.next() * this.cumulative[this.cumulative.length - 1];
    let lo = 0;
    let hi = this.cumulative.length - 1;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (this.cumulative[mid] > x) hi = mid;
      else lo = mid + 1;
    }
    return this.values[lo];
  }

  get all(): readonly T[] {
    return this.values;
  }
}
