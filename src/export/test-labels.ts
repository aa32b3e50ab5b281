import { PLATFORMS, SEVERITIES, TACTICS } from "../catalog/taxonomy";
import { EXPORT_COLUMNS, type ExportLabels, type ReportContext } from "./report";

/** Labels that say where each word came from: "sev:High", "col:title"… */
const tagged = <T extends string>(values: readonly T[], tag: string) =>
  Object.fromEntries(values.map((value) => [value, `${tag}:${value}`])) as Record<T, string>;

export const testLabels: ExportLabels = {
  columns: tagged(EXPORT_COLUMNS, "col"),
  severity: { ...tagged(SEVERITIES, "sev"), High: "Élevée" },
  tactic: { ...tagged(TACTICS, "tac"), Execution: "Exécution" },
  platform: tagged(PLATFORMS, "plat"),
  status: { active: "Active", deprecated: "Retirée" },
  noTactic: "Aucune",
  noPlatform: "Non précisé",
  techniqueNames: new Map([["T1055", "Process Injection"]]),
  noTechnique: "Aucune",
};

export const testContext: ReportContext = {
  title: "Alertes Microsoft Defender pour le cloud pour Azure App Service",
  filters: (summary) => `Filtres : ${summary}`,
  noFilter: "aucun (tout le catalogue)",
  search: (query) => `Recherche : « ${query} »`,
  facet: (facet, values) =>
    `${{ severity: "Gravité", tactic: "Tactique MITRE", platform: "S’applique à", status: "Statut", technique: "Techniques ATT&CK" }[facet]} : ${values}`,
  count: "2 alertes sur 40",
  exportedOn: "Exporté le 28 novembre 2026 à 14:32",
  source: (link) => `Source : ${link}`,
  view: (link) => `Cette vue : ${link}`,
  viewUrl: "https://alerts.example.internal/?lang=fr&severity=High",
};
