import { readFile } from "node:fs/promises";
import type { Page } from "@playwright/test";
import en from "../src/i18n/locales/en.json" with { type: "json" };
import fr from "../src/i18n/locales/fr.json" with { type: "json" };
import {
  type Catalog,
  type CatalogAlert,
  expect,
  fetchCatalog,
  type Language,
  openApp,
  resultCount,
  rowIds,
  searchBox,
  test,
  urlParams,
} from "./support/fixtures";

/** The same columns, in the same order, in CSV and Markdown: words, with the API names beside them. */
const HEADERS = {
  en: [
    "Alert ID",
    "Title",
    "Severity",
    "Severity (API name)",
    "Tactics",
    "Tactics (API names)",
    "ATT&CK techniques (our mapping)",
    "Applies to",
    "Status",
    "Status (API name)",
    "Retired on",
    "Description",
  ],
  fr: [
    "ID de l’alerte",
    "Titre",
    "Gravité",
    "Gravité (nom dans l’API)",
    "Tactiques",
    "Tactiques (noms dans l’API)",
    "Techniques ATT&CK (notre rattachement)",
    "S’applique à",
    "Statut",
    "Statut (nom dans l’API)",
    "Retirée le",
    "Description",
  ],
} as const;
const WORDS = { en, fr } as const;
/** Excel's separator in the locale that goes with each language. */
const SEPARATOR = { en: ",", fr: ";" } as const;

/** What a report row says for an alert, column by column, in the interface language. */
function expectedRecord(alert: CatalogAlert, lang: Language, names: ReadonlyMap<string, string>): string[] {
  const words = WORDS[lang];
  const status = alert.status ?? "active";
  return [
    alert.id,
    alert.title[lang],
    words.severity[alert.severity],
    alert.severity,
    alert.tactics.map((tactic) => words.tactic[tactic as keyof typeof words.tactic]).join(", ") ||
      words.tactic.none,
    alert.tactics.join(", "),
    (alert.techniques ?? []).map(({ id }) => `${id} ${names.get(id)}`).join(", ") || words.techniques.none,
    alert.platforms.join(", ") || words.platform.none,
    words.status[status],
    status,
    alert.statusSince ?? "",
    alert.description[lang],
  ];
}
const EXPORT_LABEL = { en: "Export", fr: "Exporter" } as const;
const SPACED_ID = "AppServices_KnownCredential AccessTools";

/** A strict RFC 4180 parser: quoted fields, doubled quotes, CRLF records; fails on anything else. */
function parseCsv(text: string, separator: string): string[][] {
  const records: string[][] = [];
  let record: string[] = [];
  let field = "";
  let i = 0;
  let quoted = false;
  while (i < text.length) {
    const char = text[i] as string;
    if (quoted) {
      if (char === '"' && text[i + 1] === '"') {
        field += '"';
        i += 2;
      } else if (char === '"') {
        quoted = false;
        i++;
        if (i < text.length && text[i] !== separator && text[i] !== "\r") {
          throw new Error(`stray character after a closing quote at ${i}`);
        }
      } else {
        field += char;
        i++;
      }
    } else if (char === '"') {
      if (field !== "") throw new Error(`quote inside an unquoted field at ${i}`);
      quoted = true;
      i++;
    } else if (char === separator) {
      record.push(field);
      field = "";
      i++;
    } else if (char === "\r") {
      if (text[i + 1] !== "\n") throw new Error(`bare CR at ${i}`);
      record.push(field);
      records.push(record);
      record = [];
      field = "";
      i += 2;
    } else if (char === "\n") {
      throw new Error(`bare LF at ${i}: records must end with CRLF`);
    } else {
      field += char;
      i++;
    }
  }
  if (quoted) throw new Error("unterminated quoted field");
  if (field !== "" || record.length > 0) throw new Error("the last record does not end with CRLF");
  return records;
}

/** What a spreadsheet should see for a value: a leading formula character is defused with a quote. */
const defused = (value: string) =>
  /^(?:[\t\r]|\s*[=+\-@＝＋－＠﹦﹢﹣﹫])/.test(value) ? `'${value}` : value;

/** Clicks an export button and returns the downloaded file's name and raw bytes. */
async function download(page: Page, name: string) {
  const [file] = await Promise.all([
    page.waitForEvent("download"),
    page.getByRole("button", { name, exact: true }).click(),
  ]);
  const path = await file.path();
  expect(await file.failure()).toBeNull();
  return { fileName: file.suggestedFilename(), bytes: await readFile(path) };
}

const techniqueNames = (catalog: Catalog) =>
  new Map((catalog.page.attack?.techniques ?? []).map(({ id, name }) => [id, name]));

const byIds = (catalog: Catalog, ids: readonly (string | null)[]): CatalogAlert[] =>
  ids.map((id) => {
    const alert = catalog.alerts.find((candidate) => candidate.id === id);
    if (!alert) throw new Error(`${id} is not in the catalog`);
    return alert;
  });

/** The titles as the table shows them, top to bottom. */
const visibleTitles = (page: Page) => page.locator("tbody [data-alert-link]").allTextContents();

const SCENARIOS = [
  {
    lang: "en",
    // Keeps the ID with a space, whose English description holds double quotes and a comma.
    query: "suspicious process",
    severity: "High",
    sortColumn: "title",
    expectedCount: 2,
    mustHold: SPACED_ID,
    accent: null,
  },
  {
    lang: "fr",
    query: "processus",
    severity: "High",
    sortColumn: "title",
    expectedCount: 5,
    mustHold: SPACED_ID,
    accent: "Exécution d’un processus suspect",
  },
] as const;

for (const scenario of SCENARIOS) {
  const { lang } = scenario;
  test(`CSV export holds exactly the visible rows, in order, in ${lang}`, async ({ page, request }) => {
    const catalog = await fetchCatalog(request);
    await openApp(page, `?lang=${lang}`);
    await searchBox(page).fill(scenario.query);
    await page.locator(`fieldset[data-facet=severity] input[data-value=${scenario.severity}]`).check();
    await page.locator(`th[data-column=${scenario.sortColumn}] button`).click();
    await expect(page.locator(`th[data-column=${scenario.sortColumn}]`)).toHaveAttribute(
      "aria-sort",
      "ascending",
    );
    await expect(resultCount(page)).toHaveText(new RegExp(`^${scenario.expectedCount} `));
    const ids = await rowIds(page);
    expect(ids).toContain(scenario.mustHold);
    const titles = await visibleTitles(page);

    const { fileName, bytes } = await download(page, `${EXPORT_LABEL[lang]} CSV`);
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]); // the UTF-8 BOM, for Excel
    const text = bytes.toString("utf8");
    expect(text.startsWith("\uFEFF")).toBe(true);
    expect(text).not.toMatch(/^\uFEFFsep=/); // a sep= line would make Excel ignore the BOM
    const records = parseCsv(text.slice(1), SEPARATOR[lang]);

    expect(records[0]).toEqual([...HEADERS[lang]]);
    const body = records.slice(1);
    expect(body.map((record) => record[0])).toEqual(ids);
    expect(body.map((record) => record[1])).toEqual(titles);
    expect(body).toEqual(
      byIds(catalog, ids).map((alert) => expectedRecord(alert, lang, techniqueNames(catalog)).map(defused)),
    );
    for (const record of body) expect(record).toHaveLength(12);
    if (scenario.accent) expect(body.map((record) => record[1])).toContain(scenario.accent);
    // The double quotes of the spaced ID's English description survive the round trip.
    const spaced = body.find((record) => record[0] === SPACED_ID);
    expect(spaced?.[11]).toBe(byIds(catalog, [SPACED_ID])[0]?.description[lang]);

    expect(fileName).toMatch(/\.csv$/);
    expect(fileName).toContain(`_${lang}_`);
    expect(fileName).toContain(`severity-${scenario.severity}`);
    expect(fileName).toContain(`q-${scenario.query.replace(/ /g, "-")}`);
    expect(fileName).toMatch(new RegExp(`_${scenario.expectedCount}\\.csv$`));
  });
}

test("JSON export follows the catalog contract with the visible alerts only", async ({ page, request }) => {
  const catalog = await fetchCatalog(request);
  await openApp(page, "?lang=fr&platform=Linux&sort=-id");
  await searchBox(page).fill("exécution");
  await expect(resultCount(page)).not.toHaveText(/^40 /);
  const ids = await rowIds(page);
  expect(ids.length).toBeGreaterThan(1);

  const { fileName, bytes } = await download(page, "Exporter JSON");
  const exported = JSON.parse(bytes.toString("utf8")) as Catalog;
  expect(exported.schemaVersion).toBe(3);
  // The site keeps the page notes, the errata, our ATT&CK reasons and the sources in full in
  // notes.json; the export carries them again.
  const notes = (await (await request.get("notes.json")).json()) as {
    notes: unknown[];
    errata: Record<string, unknown[]>;
    attack: Record<
      string,
      { reasons: Record<string, unknown>; confidence: Record<string, string>; none?: unknown }
    >;
    sources: unknown[];
  };
  expect(exported.page).toEqual({ ...catalog.page, notes: notes.notes, sources: notes.sources });
  expect(exported.alerts).toEqual(
    byIds(catalog, ids).map((alert) => ({
      ...alert,
      errata: notes.errata[alert.id] ?? [],
      techniques: (alert.techniques ?? []).map((technique) => ({
        ...technique,
        confidence: notes.attack[alert.id]?.confidence[technique.id],
        reason: notes.attack[alert.id]?.reasons[technique.id],
      })),
      ...(notes.attack[alert.id]?.none ? { noTechnique: notes.attack[alert.id]?.none } : {}),
    })),
  );
  expect(Object.keys(exported).sort()).toEqual(Object.keys(catalog).sort());
  // The history it keeps is that of the exported alerts only.
  for (const change of exported.changes ?? []) expect(change.ids.some((id) => ids.includes(id))).toBe(true);
  expect(fileName).toMatch(
    new RegExp(`^appservice-alerts_fr_platform-Linux_q-execution_${ids.length}\\.json$`),
  );
});

const REPORT = {
  en: {
    title: "# Microsoft Defender for Cloud alerts for Azure App Service",
    filters: "- Filters: Severity: High, Medium · MITRE tactic: Execution",
    count: (n: number) => `- ${n} of 40 alerts`,
    exported: /^- Exported on \w+ \d{1,2}, \d{4}/,
    source:
      "- Source: [Alertes pour Azure App Service](<https://learn.microsoft.com/fr-fr/azure/defender-for-cloud/alerts-azure-app-service>)",
    view: "- This view: ",
  },
  fr: {
    title: "# Alertes Microsoft Defender pour le cloud pour Azure App Service",
    filters: "- Filtres\u00a0: Gravité\u00a0: Élevée, Moyenne · Tactique MITRE\u00a0: Exécution",
    count: (n: number) => `- ${n} alertes sur 40`,
    exported: /^- Exporté le \d{1,2} \p{L}+ \d{4}/u,
    source:
      "- Source\u00a0: [Alertes pour Azure App Service](<https://learn.microsoft.com/fr-fr/azure/defender-for-cloud/alerts-azure-app-service>)",
    view: "- Cette vue\u00a0: ",
  },
} as const;

/** A Markdown cell as the export writes catalog text: escaped, so it stays text. */
const markdownCell = (value: string) => value.replace(/[\\|<[\]`]/g, "\\$&");

for (const lang of ["en", "fr"] as const) {
  test(`Markdown export is a report: what it holds, then the CSV's columns, one line per visible row (${lang})`, async ({
    page,
    request,
  }) => {
    const catalog = await fetchCatalog(request);
    await openApp(page, `?lang=${lang}&severity=High,Medium&tactic=Execution&sort=title`);
    const ids = await rowIds(page);
    expect(ids.length).toBeGreaterThan(2);

    const { fileName, bytes } = await download(page, `${EXPORT_LABEL[lang]} Markdown`);
    const lines = bytes.toString("utf8").trimEnd().split("\n");
    const words = REPORT[lang];
    expect(lines.slice(0, 4)).toEqual([words.title, "", words.filters, words.count(ids.length)]);
    expect(lines[4]).toMatch(words.exported);
    expect(lines[5]).toBe(words.source);
    // The link to this view names the language, so a colleague opens the same words.
    const viewUrl = new URL((lines[6] ?? "").replace(words.view, "").replace(/^<|>$/g, ""));
    expect(viewUrl.pathname).toBe(new URL(page.url()).pathname);
    expect(Object.fromEntries(viewUrl.searchParams)).toEqual({
      ...Object.fromEntries(urlParams(page)),
      lang,
    });
    expect(lines[7]).toBe("");

    const table = lines.slice(8);
    expect(table).toHaveLength(ids.length + 2);
    const cells = (line: string) => line.slice(2, -2).split(/(?<!\\) \| /);
    for (const line of table) expect(line).toMatch(/^\| .* \|$/);
    expect(cells(table[0] as string)).toEqual([...HEADERS[lang]]);
    expect(cells(table[1] as string)).toEqual(HEADERS[lang].map(() => "---"));
    const alerts = byIds(catalog, ids);
    table.slice(2).forEach((line, index) => {
      const [id, ...rest] = expectedRecord(alerts[index] as CatalogAlert, lang, techniqueNames(catalog));
      expect(cells(line)).toEqual([`\`${id}\``, ...rest.map(markdownCell)]);
    });
    expect(fileName).toBe(`appservice-alerts_${lang}_severity-High-Medium_tactic-Execution_${ids.length}.md`);
  });
}

test("the CSV with the other separator is one click away: commas from the French interface", async ({
  page,
}) => {
  await openApp(page, "?lang=fr&q=certutil");
  const { bytes } = await download(page, "Exporter CSV ,");
  const records = parseCsv(bytes.toString("utf8").slice(1), ",");
  expect(records[0]).toEqual([...HEADERS.fr]);
  expect(records.slice(1).map((record) => record[0])).toEqual(await rowIds(page));
  for (const record of records) expect(record).toHaveLength(12);
});

test("the export buttons are disabled when nothing is shown", async ({ page }) => {
  await openApp(page, "?lang=en&q=zzzzzz-no-such-alert");
  await expect(resultCount(page)).toHaveText("0 of 40 alerts");
  for (const format of ["CSV", "CSV ;", "JSON", "Markdown", "ATT&CK Navigator layer"]) {
    await expect(page.getByRole("button", { name: `Export ${format}`, exact: true })).toBeDisabled();
  }
});
