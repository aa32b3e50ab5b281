import { buildCatalog } from "../../build/catalog/build-catalog";
import english from "../../build/catalog/source/app-service.en.json";
import french from "../../build/catalog/source/app-service.fr.txt?raw";
import attackMapping from "../../build/catalog/source/attack-mapping.json";
import attackTechniques from "../../build/catalog/source/attack-techniques.json";
import changes from "../../build/catalog/source/changes.json";
import errata from "../../build/catalog/source/errata.json";
import lifecycle from "../../build/catalog/source/lifecycle.json";
import names from "../../build/catalog/source/microsoft-names.json";
import sources from "../../build/catalog/source/sources.json";

/** The source files as the build reads them. */
export const realSources = {
  french,
  english,
  facts: { sources, lifecycle, names, errata, changes, attackTechniques, attackMapping },
};

/** The real catalog, built from the sources, for tests that want true data. */
export const realCatalog = buildCatalog(french, english, realSources.facts);
