import { buildCatalog } from "../../build/catalog/build-catalog";
import english from "../../build/catalog/source/app-service.en.json";
import french from "../../build/catalog/source/app-service.fr.txt?raw";

/** The real catalog, built from the sources, for tests that want true data. */
export const realCatalog = buildCatalog(french, english);
