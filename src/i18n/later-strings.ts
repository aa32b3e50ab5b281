import en from "./locales/en-later.json";
import fr from "./locales/fr-later.json";
import { addStrings } from "./translation-context";

// The strings of what loads after the first view (the detail pane, dialogs, matrix, print view,
// update notice), in both languages. Each module using one imports this file, so the strings are
// in before anything asks for them, and stay out of the first download (locales.test.ts checks).
addStrings({ fr, en });
