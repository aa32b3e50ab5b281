import { later } from "../ui/loaded-later";

/** The hunting queries' code (KQL), not in the first view: it loads right after it. */
export const queriesChunk = later(() => import("../hunting/queries"));
