/** A part of a locale file, made by build/vite-locale-parts-plugin.ts. */
declare module "virtual:strings/*" {
  const strings: Record<string, unknown>;
  export default strings;
}
