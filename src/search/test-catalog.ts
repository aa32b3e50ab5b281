import { readFileSync } from "node:fs";
import { buildCatalog } from "../../build/catalog/build-catalog";

/** The real catalog, built from the sources, for tests that want true data. */
export const realCatalog = buildCatalog(
  readFileSync(new URL("../../build/catalog/source/app-service.fr.txt", import.meta.url), "utf8"),
  JSON.parse(
    readFileSync(new URL("../../build/catalog/source/app-service.en.json", import.meta.url), "utf8"),
  ),
);
