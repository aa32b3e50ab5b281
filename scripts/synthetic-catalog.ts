import { readCatalogJson } from "../build/vite-catalog-plugin.ts";
import { titleRanksOf } from "../src/catalog/compare.ts";
import { readCatalog } from "../src/catalog/load-catalog.ts";
import type { Alert, Catalog, Localized } from "../src/catalog/schema.ts";
import {
  byKillChain,
  PLATFORMS,
  type Platform,
  SEVERITIES,
  type Severity,
  TACTICS,
  type Tactic,
} from "../src/catalog/taxonomy.ts";

/**
 * Synthetic catalogs for the benchmark: the real catalog's bilingual text recombined, so titles and
 * descriptions have the real lengths, words, accents and placeholders in both languages, while
 * severities, tactics and platforms are drawn to cover every value. Written as the catalog build
 * writes a catalog, with its titles' ranks. Deterministic: the same corpus,
 * size and seed always give the same catalog, byte for byte.
 */

export const SYNTHETIC_SIZES = [1_000, 10_000, 50_000] as const;

/** mulberry32: small, fast and good enough to shuffle test data; Math.random cannot be seeded. */
export function seededRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Title endings that keep a recombined title plausible in both languages. */
const QUALIFIERS: Localized[] = [
  { fr: "", en: "" },
  { fr: " (préversion)", en: " (preview)" },
  { fr: " sur un emplacement de déploiement", en: " on a deployment slot" },
  { fr: " depuis une adresse IP inhabituelle", en: " from an unusual IP address" },
  { fr: " dans un conteneur personnalisé", en: " in a custom container" },
  { fr: " par une identité managée", en: " by a managed identity" },
  { fr: " après un déploiement récent", en: " after a recent deployment" },
  { fr: " sur une instance Linux", en: " on a Linux instance" },
  { fr: " sur une instance Windows", en: " on a Windows instance" },
];

/** Sentences appended to a description, the count filled in, so lengths spread like the real ones. */
const CONTEXT: ((n: number) => Localized)[] = [
  (n) => ({
    fr: `Cette activité a été observée sur ${n} instances au cours des dernières 24 heures.`,
    en: `This activity was seen on ${n} instances over the last 24 hours.`,
  }),
  (n) => ({
    fr: `L’analyse a porté sur ${n} requêtes HTTP consécutives adressées à l’application.`,
    en: `The analysis covered ${n} consecutive HTTP requests sent to the application.`,
  }),
  (n) => ({
    fr: `Examinez les journaux de l’application et les ${n} derniers déploiements pour confirmer l’origine de l’événement.`,
    en: `Review the application logs and the last ${n} deployments to confirm where the event came from.`,
  }),
  (n) => ({
    fr: `Un comportement similaire a été signalé ${n} fois par le renseignement sur les menaces de Microsoft.`,
    en: `Similar behaviour was reported ${n} times by Microsoft threat intelligence.`,
  }),
  (n) => ({
    fr: `Si l’activité est légitime, créez une règle de suppression ; sinon, isolez l’application et renouvelez ses ${n} secrets.`,
    en: `If the activity is legitimate, create a suppression rule; otherwise isolate the app and rotate its ${n} secrets.`,
  }),
];

/** Weights taken from the real catalog's spread (and every value possible). */
const SEVERITY_WEIGHTS: Record<Severity, number> = { High: 11, Medium: 18, Low: 9, Informational: 2 };
const TACTIC_COUNT_WEIGHTS = [8, 22, 7, 2, 1, 1]; // how many alerts have 0, 1, 2… tactics
const PLATFORM_CHOICES: { platforms: Platform[]; weight: number }[] = [
  { platforms: [], weight: 2 },
  { platforms: ["Windows"], weight: 12 },
  { platforms: ["Linux"], weight: 6 },
  { platforms: [...PLATFORMS], weight: 20 },
];

function weighted<T>(random: () => number, items: readonly T[], weightOf: (item: T) => number): T {
  const total = items.reduce((sum, item) => sum + weightOf(item), 0);
  let left = random() * total;
  for (const item of items) {
    left -= weightOf(item);
    if (left < 0) return item;
  }
  return items[items.length - 1] as T;
}

function pickTactics(random: () => number, forced: Tactic | undefined): Tactic[] {
  const count = weighted(random, [0, 1, 2, 3, 4, 5], (n) => TACTIC_COUNT_WEIGHTS[n] ?? 0);
  const chosen = new Set<Tactic>(forced ? [forced] : []);
  while (chosen.size < count) chosen.add(TACTICS[Math.floor(random() * TACTICS.length)] as Tactic);
  return byKillChain([...chosen]);
}

const join = (a: Localized, b: Localized): Localized => ({ fr: `${a.fr}${b.fr}`, en: `${a.en}${b.en}` });

/**
 * A catalog of `size` alerts built from `corpus` (the real catalog). The first alerts take each
 * severity, tactic and platform choice in turn, so every value is present from 15 alerts on.
 */
export function generateCatalog(corpus: Catalog, size: number, seed = size): Catalog {
  const random = seededRandom(seed);
  const templates = corpus.alerts;
  const digits = String(size - 1).length;
  const alerts: Alert[] = [];
  for (let i = 0; i < size; i++) {
    const template = templates[Math.floor(random() * templates.length)] as Alert;
    const qualifier = QUALIFIERS[Math.floor(random() * QUALIFIERS.length)] as Localized;
    let description = template.description;
    const extra = Math.floor(random() * 3); // 0, 1 or 2 context sentences
    for (let k = 0; k < extra; k++) {
      const sentence = (CONTEXT[Math.floor(random() * CONTEXT.length)] as (n: number) => Localized)(
        2 + Math.floor(random() * 98),
      );
      description = join(description, { fr: ` ${sentence.fr}`, en: ` ${sentence.en}` });
    }
    alerts.push({
      id: `${template.id}_${String(i).padStart(digits, "0")}`,
      severity: SEVERITIES[i] ?? weighted(random, SEVERITIES, (s) => SEVERITY_WEIGHTS[s]),
      tactics: pickTactics(random, TACTICS[i]),
      platforms: [...(PLATFORM_CHOICES[i] ?? weighted(random, PLATFORM_CHOICES, (c) => c.weight)).platforms],
      title: join(template.title, qualifier),
      description,
      status: template.status,
      ...(template.statusSince ? { statusSince: template.statusSince } : {}),
      ...(template.statusSource ? { statusSource: template.statusSource } : {}),
      titleSource: "translation",
      errata: [],
      // The template's mapping, so technique facets and search cost what they would at that size.
      techniques: template.techniques,
    });
  }
  // Grouped by hand: Intl's output depends on the ICU data of the Node that runs the generator.
  const grouped = (separator: string) => String(size).replace(/\B(?=(\d{3})+$)/g, separator);
  const count = { fr: grouped("\u00a0"), en: grouped(",") };
  return {
    schemaVersion: corpus.schemaVersion,
    page: {
      title: {
        fr: `Catalogue synthétique de ${count.fr} alertes (banc d’essai)`,
        en: `Synthetic catalog of ${count.en} alerts (benchmark)`,
      },
      notes: corpus.page.notes,
      sources: [],
      ...(corpus.page.attack ? { attack: corpus.page.attack } : {}),
    },
    alerts,
    // As the catalog build writes them (build/catalog/build-catalog.ts): the first view sorts by them.
    titleRanks: titleRanksOf(alerts),
    changes: [],
  };
}

/** Catalogs of each size from the real one, as JSON, each checked against the contract first. */
export function syntheticCatalogJson(
  sizes: readonly number[] = SYNTHETIC_SIZES,
): { size: number; json: string }[] {
  const corpus = JSON.parse(readCatalogJson()) as Catalog;
  return sizes.map((size) => {
    const catalog = generateCatalog(corpus, size);
    const checked = readCatalog(catalog);
    if (!checked.ok)
      throw new Error(`catalog of ${size} breaks the contract: ${JSON.stringify(checked.problem)}`);
    return { size, json: JSON.stringify(catalog) };
  });
}
