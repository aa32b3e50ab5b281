// @vitest-environment happy-dom
import { screen } from "@testing-library/react";
import { describe, expect, it } from "vitest";
import { realCatalog } from "../catalog/test-catalog";
import { CatalogSource } from "./catalog-source";
import { cleanUpAfterEach, renderIn } from "./test-render";

cleanUpAfterEach();

const FRENCH_PAGE = "https://learn.microsoft.com/fr-fr/azure/defender-for-cloud/alerts-azure-app-service";

describe("CatalogSource", () => {
  it("names Microsoft Defender for Cloud, links the French page and gives the catalog's date", () => {
    const { container } = renderIn("en", <CatalogSource catalog={realCatalog} language="en" />);
    expect(container.textContent).toMatch(/^Microsoft Defender for Cloud alerts for Azure App Service, /);
    const link = screen.getByRole("link", { name: /^\u2068?Alertes pour Azure App Service\u2069?$/ });
    expect(link.getAttribute("href")).toBe(FRENCH_PAGE);
    expect(link.getAttribute("lang")).toBe("fr");
    expect(container.textContent).toContain("English descriptions are our own translation.");
    expect(screen.getByText("Catalog as of November 28, 2026.").getAttribute("datetime")).toBe("2026-11-28");
  });

  it("says it in natural French", () => {
    const { container } = renderIn("fr", <CatalogSource catalog={realCatalog} language="fr" />);
    const text = container.textContent?.replace(/\u00a0/g, " ");
    expect(text).toMatch(/^Alertes Microsoft Defender pour le cloud pour Azure App Service, /);
    expect(text).toContain("la traduction anglaise des descriptions est faite par nos soins.");
    expect(text).toContain("Catalogue à jour au 28 novembre 2026.");
  });

  it("keeps the catalog's title as text, and names it without a link when no source is given", () => {
    const catalog = {
      ...realCatalog,
      page: { ...realCatalog.page, title: { fr: "<b>x</b>", en: "x" }, sources: [], asOf: undefined },
    };
    const { container } = renderIn("en", <CatalogSource catalog={catalog} language="en" />);
    expect(screen.queryByRole("link")).toBeNull();
    expect(container.querySelector("b")).toBeNull();
    expect(container.querySelector("cite")?.textContent).toBe("\u2068<b>x</b>\u2069");
    expect(container.querySelector("time")).toBeNull();
  });
});
