import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import type { RawFacts } from "./facts.ts";

/** The catalog's source files, in build/catalog/source/. */
export const SOURCE_DIR = fileURLToPath(new URL("./source/", import.meta.url));
export const SOURCE_FILES = {
  french: "app-service.fr.txt",
  english: "app-service.en.json",
  sources: "sources.json",
  lifecycle: "lifecycle.json",
  names: "microsoft-names.json",
  errata: "errata.json",
  changes: "changes.json",
  attackTechniques: "attack-techniques.json",
  attackMapping: "attack-mapping.json",
} as const;

export interface CatalogSources {
  french: string;
  english: unknown;
  facts: RawFacts;
}

/** Reads every source file; a file that is not JSON throws naming the file. */
export function readCatalogSources(dir = SOURCE_DIR): CatalogSources {
  const read = (name: string) => readFileSync(`${dir}${name}`, "utf8");
  const json = (name: string): unknown => {
    try {
      return JSON.parse(read(name));
    } catch (error) {
      throw new Error(`${name} is not valid JSON: ${error instanceof Error ? error.message : error}`);
    }
  };
  return {
    french: read(SOURCE_FILES.french),
    english: json(SOURCE_FILES.english),
    facts: {
      sources: json(SOURCE_FILES.sources),
      lifecycle: json(SOURCE_FILES.lifecycle),
      names: json(SOURCE_FILES.names),
      errata: json(SOURCE_FILES.errata),
      changes: json(SOURCE_FILES.changes),
      attackTechniques: json(SOURCE_FILES.attackTechniques),
      attackMapping: json(SOURCE_FILES.attackMapping),
    },
  };
}
